#pragma once

#include "domain/apikey.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ra {

class MessageBar;

// A user API key's own view: New (name, permissions, expiry), Edit (the same and Active) and
// Info (every field the server gave, read-only). changes() is the body of Post or Update User
// Api Key; an invalid form names the field at fault and is not accepted. GUI thread.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Info };

    ApiKeyDialog(Mode mode, const ApiKey &key, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The fields to send: all of them for Create, only what changed for Edit.
    QJsonObject changes() const;
    // Empty when the form can be sent, else the reason naming the field.
    QString problem() const;

    void accept() override;

private:
    QJsonObject fields() const;

    Mode m_mode;
    ApiKey m_key;
    MessageBar *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_permissions = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expireDate = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace ra
