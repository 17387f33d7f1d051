#include "messageboxquestionprovider.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace ra;

class tst_MessageBoxQuestionProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answers_data();
    void answers();
    void deadContextIsNotCalled();
    void choiceIsTheButtonClicked();
};

void tst_MessageBoxQuestionProvider::answers_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirm") << true;
    QTest::newRow("cancel") << false;
}

void tst_MessageBoxQuestionProvider::answers()
{
    QFETCH(bool, confirm);
    QWidget parent;
    parent.show();
    MessageBoxQuestionProvider provider;
    QuestionProvider::Question q;
    q.title = QStringLiteral("Delete profile");
    q.text = QStringLiteral("Delete the connection profile “Acme”?");
    q.confirmText = QStringLiteral("Delete");
    q.destructive = true;
    int calls = 0;
    bool answer = !confirm;
    provider.confirm(&parent, q, &parent, [&](bool confirmed) {
        ++calls;
        answer = confirmed;
    });
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = parent.findChild<QMessageBox *>()));
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), q.text);
    QCOMPARE(calls, 0); // not answered before the user clicks
    QAbstractButton *button = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (confirm ? b->text() == QStringLiteral("Delete")
                    : box->buttonRole(b) == QMessageBox::RejectRole)
            button = b;
    }
    QVERIFY(button);
    QCOMPARE(box->defaultButton()->text() == QStringLiteral("Delete"), false);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(answer, confirm);
    QTRY_VERIFY(!parent.findChild<QMessageBox *>()); // deleted on close
}

void tst_MessageBoxQuestionProvider::deadContextIsNotCalled()
{
    QWidget parent;
    parent.show();
    MessageBoxQuestionProvider provider;
    auto context = std::make_unique<QObject>();
    int calls = 0;
    provider.confirm(&parent, {QStringLiteral("t"), QStringLiteral("q"), {}, {}, false, {}},
                     context.get(), [&](bool) { ++calls; });
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = parent.findChild<QMessageBox *>()));
    context.reset();
    box->reject();
    QTRY_VERIFY(!parent.findChild<QMessageBox *>());
    QCOMPARE(calls, 0);
}

void tst_MessageBoxQuestionProvider::choiceIsTheButtonClicked()
{
    QWidget parent;
    parent.show();
    MessageBoxQuestionProvider provider;
    int chosen = -2;
    provider.choose(&parent,
                    {QStringLiteral("Interrupted Import"), QStringLiteral("q"), {}, {}, false, {}},
                    {QStringLiteral("Resume"), QStringLiteral("Review"), QStringLiteral("Forget")},
                    &parent, [&](int choice) { chosen = choice; });
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = parent.findChild<QMessageBox *>()));
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->buttons().size(), 3);
    QCOMPARE(box->defaultButton()->text(), QStringLiteral("Resume"));
    QAbstractButton *review = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == QStringLiteral("Review"))
            review = b;
    }
    QVERIFY(review);
    QCOMPARE(chosen, -2); // not answered before the user clicks
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_COMPARE(chosen, 1);
    QTRY_VERIFY(!parent.findChild<QMessageBox *>());
}

QTEST_MAIN(tst_MessageBoxQuestionProvider)
#include "tst_messageboxquestionprovider.moc"
