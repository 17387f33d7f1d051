#pragma once

#include "domain/userfield.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ra {

class DiscardGuard;
class QuestionProvider;

// Creates or edits one custom user field: name, key (fixed once created: the API's update takes
// none), type (every type the API documents), required, default value and, for a choice field,
// its options (one per line). While the definition breaks a rule of UserFieldRules, the dialog
// says which one, naming the field, and Create/Save stays disabled. Emits fieldAccepted() with
// the edited copy; the caller sends it. Open with open(); deletes itself on close. GUI thread.
class UserFieldDialog : public QDialog
{
    Q_OBJECT

public:
    UserFieldDialog(const UserField &field, bool creating, QuestionProvider &questions,
                    QWidget *parent = nullptr);
    ~UserFieldDialog() override;

    UserField field() const;
    bool isCreating() const { return m_creating; }
    // The rule the definition breaks now (translated, names the field), or empty.
    QString problem() const;

signals:
    void fieldAccepted(const ra::UserField &field);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    UserField m_field;
    bool m_creating;
    DiscardGuard *m_discard = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_defaultLabel = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_default = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_keyEdited = false;
};

} // namespace ra
