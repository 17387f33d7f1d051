#pragma once

// Test helpers shared by the entity pane tests: wait for a dialog a pane opened, give the pane
// back the focus after a dialog, find a row by its text, find the in-place editor and the message
// bar's Retry button.

#include "messagebar.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace ra::test {

// The dialog of type D that `owner` opened, once it is on screen; null after a failed wait.
template<typename D> D *waitForDialog(QWidget *owner)
{
    D *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = owner->findChild<D *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
    }();
    return dialog;
}

// The offscreen platform does not give the window back its activation after a dialog.
inline void activate(QWidget *window, QWidget *focus)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    focus->setFocus();
}

// The first row whose `column` shows `text`, or an invalid index.
inline QModelIndex rowWithText(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, column);
        if (i.data().toString() == text)
            return i;
    }
    return {};
}

// The in-place editor open on `view` (EntityPane's framed line edit), or null.
inline QLineEdit *inlineEditor(const QAbstractItemView *view)
{
    for (QLineEdit *e : view->findChildren<QLineEdit *>(QStringLiteral("inlineEditor"))) {
        if (e->isVisible())
            return e;
    }
    return nullptr;
}

inline QPushButton *retryButton(const MessageBar *bar)
{
    for (QPushButton *b : bar->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Retry")))
            return b;
    }
    return nullptr;
}

} // namespace ra::test
