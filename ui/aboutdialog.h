#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace ra {

// Help > About Returning Admin: name, version (RA_VERSION), the Qt version in
// use, a short description and the project links as text. Open with open();
// deletes itself on close. GUI thread.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString version();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_version;
    QLabel *m_description;
    QLabel *m_links;
    QDialogButtonBox *m_buttons;
};

} // namespace ra
