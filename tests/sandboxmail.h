#pragma once

// Test helper: the sandbox sends no mail; it prints what a mail would say
// (the e-mail verification code of a new account) on its log, category
// "ra.sandbox.mail". SandboxMail captures those lines while it lives, so a test
// can verify an account the way a person would: by reading the code.

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QtGlobal>

class SandboxMail
{
public:
    SandboxMail()
    {
        self() = this;
        m_previous = qInstallMessageHandler(&SandboxMail::handle);
    }
    ~SandboxMail()
    {
        qInstallMessageHandler(m_previous);
        self() = nullptr;
    }
    SandboxMail(const SandboxMail &) = delete;
    SandboxMail &operator=(const SandboxMail &) = delete;

    // The last code printed for `email` (lower-cased), or empty.
    QString codeFor(const QString &email) const
    {
        QMutexLocker lock(&m_mutex);
        return m_codes.value(email.toLower());
    }

private:
    static SandboxMail *&self()
    {
        static SandboxMail *instance = nullptr;
        return instance;
    }

    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        SandboxMail *mail = self();
        if (mail && context.category && qstrcmp(context.category, "ra.sandbox.mail") == 0) {
            static const QRegularExpression re(
                QStringLiteral("verification code for (\\S+): (\\d+)"));
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch()) {
                QMutexLocker lock(&mail->m_mutex);
                mail->m_codes.insert(m.captured(1).toLower(), m.captured(2));
            }
        }
        if (mail && mail->m_previous)
            mail->m_previous(type, context, text);
    }

    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_codes;
};
