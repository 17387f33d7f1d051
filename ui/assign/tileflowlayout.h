#pragma once

#include <QLayout>
#include <QList>

namespace ra {

// Lays its items out left to right and wraps them onto the next line when the width runs out,
// like words in a paragraph: the palette's tiles. Hidden items take no room (a search hides the
// tiles that do not match). Owns its layout items; GUI thread.
class TileFlowLayout : public QLayout
{
public:
    explicit TileFlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~TileFlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace ra
