#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ra {

// The left column of the main window: the application's name and logo over
// the navigation list (one entry per pane). The main window fills and reads
// the list; this class only lays it out and styles it. GUI thread; owned by
// its parent.
class NavigationSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_brand;
    QListWidget *m_list;
};

} // namespace ra
