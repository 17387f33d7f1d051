#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ra {

// An inline message strip above a form (like KMessageWidget): an icon, a
// text, optional action buttons and a close button. For problems the user
// should see without a modal dialog, e.g. "the keychain is not available".
// GUI thread; owned by its parent widget.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    // Adds a button that runs `action`'s trigger; buttons are removed by
    // clearActions() and when the bar is closed.
    QPushButton *addActionButton(QAction *action);
    // Marks `action` as one that is only ever offered as a message bar's button (Retry, Cancel
    // Export, ...): it is reached there with Tab while offered, so it needs no shortcut or menu
    // entry. Returns it. isOffer() reads the mark (the keyboard test relies on it).
    static QAction *offer(QAction *action);
    static bool isOffer(const QAction *action);
    void clearActions();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace ra
