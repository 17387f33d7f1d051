#include "commandline.h"

#include <QTest>

using ra::CommandLine;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("errorMentions");

        const auto gui = int(CommandLine::Mode::Gui);
        const auto err = int(CommandLine::Mode::Error);
        const auto help = int(CommandLine::Mode::Help);
        const auto version = int(CommandLine::Mode::Version);
        const QString none;
        QTest::newRow("nothing") << QStringList{} << gui << false << 1000 << none << none;
        QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << gui << true << 1000 << none
                                 << none;
        QTest::newRow("users implies sandbox") << QStringList{u"--sandbox-users"_s, u"50000"_s}
                                               << gui << true << 50000 << none << none;
        QTest::newRow("users=") << QStringList{u"--sandbox"_s, u"--sandbox-users=7"_s} << gui
                                << true << 7 << none << none;
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"Staging EU"_s} << gui << false
                                 << 1000 << u"Staging EU"_s << none;
        QTest::newRow("help") << QStringList{u"--help"_s} << help << false << 1000 << none << none;
        QTest::newRow("-h") << QStringList{u"-h"_s} << help << false << 1000 << none << none;
        QTest::newRow("version") << QStringList{u"--version"_s} << version << false << 1000 << none
                                 << none;
        QTest::newRow("too many users") << QStringList{u"--sandbox-users"_s, u"1000001"_s} << err
                                        << false << 1000 << none << u"sandbox-users"_s;
        QTest::newRow("users not a number") << QStringList{u"--sandbox-users"_s, u"many"_s} << err
                                            << false << 1000 << none << u"many"_s;
        QTest::newRow("zero users") << QStringList{u"--sandbox-users"_s, u"0"_s} << err << false
                                    << 1000 << none << u"sandbox-users"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << err << false << 1000 << none << u"frobnicate"_s;
        QTest::newRow("missing value")
            << QStringList{u"--profile"_s} << err << false << 1000 << none << u"profile"_s;
        QTest::newRow("empty profile")
            << QStringList{u"--profile"_s, u" "_s} << err << false << 1000 << none << u"profile"_s;
        QTest::newRow("unknown subcommand")
            << QStringList{u"frobnicate"_s} << err << false << 1000 << none << u"frobnicate"_s;
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, mode);
        QFETCH(bool, sandbox);
        QFETCH(int, users);
        QFETCH(QString, profile);
        QFETCH(QString, errorMentions);
        args.prepend(QStringLiteral("returning-admin"));
        const CommandLine cl = CommandLine::parse(args);
        QCOMPARE(int(cl.mode), mode);
        if (cl.mode == CommandLine::Mode::Error) {
            QVERIFY2(cl.error.contains(errorMentions), qPrintable(cl.error));
            return;
        }
        QCOMPARE(cl.sandbox, sandbox);
        QCOMPARE(cl.sandboxUsers, users);
        QCOMPARE(cl.profile, profile);
    }

    void subcommandsTakeTheirOwnArguments()
    {
        for (const QString &name : CommandLine::subcommands()) {
            const CommandLine cl =
                CommandLine::parse({QStringLiteral("returning-admin"), name,
                                    QStringLiteral("--sandbox"), QStringLiteral("x")});
            QCOMPARE(cl.mode, CommandLine::Mode::Subcommand);
            QCOMPARE(cl.subcommand, name);
            QCOMPARE(cl.subArguments,
                     (QStringList{QStringLiteral("--sandbox"), QStringLiteral("x")}));
        }
    }

    void helpListsEveryOptionAndSubcommand()
    {
        const QString help = CommandLine::helpText();
        for (const char *option : {"--help", "--version", "--sandbox", "--sandbox-fresh",
                                   "--sandbox-users", "--profile", "--log-requests"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        for (const QString &name : CommandLine::subcommands())
            QVERIFY2(help.contains(u"  " + name), qPrintable(name));
    }

    void sandboxFreshImpliesSandbox()
    {
        const CommandLine fresh = CommandLine::parse(
            {QStringLiteral("returning-admin"), QStringLiteral("--sandbox-fresh")});
        QCOMPARE(fresh.mode, CommandLine::Mode::Gui);
        QVERIFY(fresh.sandbox);
        QVERIFY(fresh.sandboxFresh);
        const CommandLine kept =
            CommandLine::parse({QStringLiteral("returning-admin"), QStringLiteral("--sandbox")});
        QVERIFY(kept.sandbox);
        QVERIFY(!kept.sandboxFresh);
    }

    void versionNamesTheApp()
    {
        QVERIFY(CommandLine::versionText().startsWith(QStringLiteral("Returning Admin ")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
