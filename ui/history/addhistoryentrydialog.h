#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ra {

class FieldHistoryStore;
struct FieldHistoryEntry;

// Adds a history entry for a member (Create user field history for specific user): the member
// (an id, e-mail or username), the field (the community's fields) and the value, checked
// against the field's type before anything is sent (a number field takes a number, a date field
// an ISO 8601 date). Stays open on a refusal and says why, naming the field or the member; closes
// when the server has recorded the entry (entryAdded()). Deletes itself when closed. GUI thread.
class AddHistoryEntryDialog : public QDialog
{
    Q_OBJECT

public:
    AddHistoryEntryDialog(FieldHistoryStore &store, const QString &userId, const QString &fieldId,
                          QWidget *parent = nullptr);

    QLineEdit *memberEdit() const { return m_member; }
    QComboBox *fieldCombo() const { return m_field; }
    QLineEdit *valueEdit() const { return m_value; }
    QString problemText() const;

    // What is wrong with the input, or empty.
    QString problem() const;

public slots:
    void accept() override;

signals:
    void entryAdded(const ra::FieldHistoryEntry &entry);

private:
    void fillFields(const QString &fieldId);
    void updateHint();
    void setBusy(bool busy);

    FieldHistoryStore &m_store;
    QLineEdit *m_member = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ra
