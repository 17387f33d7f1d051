#pragma once

#include <QWidget>

class QLabel;

namespace ra {

// The strong red strip across the top of the window while a production
// profile is active: "PRODUCTION — changes affect real members". The main
// window shows and hides it; it has no logic of its own. GUI thread.
class ProductionBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ProductionBanner(QWidget *parent = nullptr);

    void setProfileName(const QString &name);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_profile;
    QString m_profileName;
};

} // namespace ra
