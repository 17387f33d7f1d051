#include "discardguard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace ra {

QuestionProvider::Question discardQuestion(const QString &text, const QString &informativeText)
{
    QuestionProvider::Question q;
    q.title = DiscardGuard::tr("Unsaved changes");
    q.text = text.isEmpty() ? DiscardGuard::tr("Discard your changes?") : text;
    q.informativeText = informativeText.isEmpty()
                            ? DiscardGuard::tr("The changes have not been saved.")
                            : informativeText;
    q.confirmText = DiscardGuard::tr("Discard");
    q.cancelText = DiscardGuard::tr("Keep editing");
    q.destructive = true;
    return q;
}

DiscardGuard::DiscardGuard(QWidget &dialog, QuestionProvider &questions)
    : QObject(&dialog)
    , m_dialog(dialog)
    , m_questions(questions)
{
}

QVariant DiscardGuard::valueOf(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->toPlainText();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && button->isCheckable())
        return button->isChecked();
    return {};
}

void DiscardGuard::trackInputs()
{
    m_inputs.clear();
    const QList<QWidget *> children = m_dialog.findChildren<QWidget *>();
    for (QWidget *child : children) {
        QVariant value = valueOf(child);
        if (value.isValid())
            m_inputs.append({child, std::move(value)});
    }
}

bool DiscardGuard::isModified() const
{
    for (const auto &[widget, value] : m_inputs) {
        if (widget && valueOf(widget) != value)
            return true;
    }
    return m_check && m_check();
}

void DiscardGuard::close(std::function<void()> closeNow)
{
    if (!isModified()) {
        closeNow();
        return;
    }
    m_questions.confirm(&m_dialog, discardQuestion(m_text, m_informativeText), this,
                        [closeNow = std::move(closeNow)](bool discard) {
                            if (discard)
                                closeNow();
                        });
}

} // namespace ra
