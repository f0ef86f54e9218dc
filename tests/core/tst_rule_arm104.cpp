// ARM104: an image that needs ARMv8.2-A (mongo 5+, Amazon Linux 2023) in a project whose
// targetCpu (.armlift.json / .armlift.toml) names an older core. Real files in a temporary
// folder: the rule reads the project settings from the scan root.
#include "PlatformDownloadHarness.h"

#include "scan/ProjectConfig.h"

#include <QTemporaryDir>

using namespace Armlift;
using namespace Armlift::Testing;
using namespace Qt::StringLiterals;

namespace {

QList<Finding> lintIn(const QString &config, const QString &configName, const QString &dockerfile)
{
    QTemporaryDir dir;
    if (!config.isEmpty()) {
        QFile f(dir.filePath(configName));
        if (f.open(QIODevice::WriteOnly))
            f.write(config.toUtf8());
    }
    const Dockerfile df = Dockerfile::parse(u"Dockerfile"_s, dockerfile);
    const QList<ShellSource> shell = collectShellSources(df);
    const ProjectFiles project(dir.path());
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, u"Dockerfile"_s, shell};
    QList<Finding> out;
    platformOrDownloadRule(u"ARM104"_s)->check(ctx, out);
    return out;
}

const QString pi4 = u"{\"targetCpu\": \"Raspberry Pi 4\"}"_s;

} // namespace

class TestRuleArm104 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("mongo 6 on a Pi 4") << pi4 << u"FROM mongo:6.0\n"_s << list({"1:6-1:15"});
        QTest::newRow("mongo latest, cortex-a72") << u"{\"targetCpu\": \"Cortex-A72\"}"_s << u"FROM mongo\n"_s
                                                  << list({"1:6-1:11"});
        QTest::newRow("mongo 5.0.3 with suffix") << pi4 << u"FROM docker.io/library/mongo:5.0.3-focal AS db\n"_s
                                                 << list({"1:6-1:41"});
        QTest::newRow("amazonlinux 2023, list of targets")
            << u"{\"targetCpu\": [\"neoverse-n1\", \"graviton1\"]}"_s << u"FROM amazonlinux:2023\nRUN dnf -y install git\n"_s
            << list({"1:6-1:22"});
        QTest::newRow("amazonlinux latest") << pi4 << u"FROM amazonlinux\n"_s << list({"1:6-1:17"});

        // No target in the project: current arm64 servers (ARMv8.2-A or later) are assumed.
        QTest::newRow("no config") << QString() << u"FROM mongo:7.0\n"_s << QStringList{};
        QTest::newRow("modern target") << u"{\"targetCpu\": \"neoverse-v1\"}"_s << u"FROM mongo:7.0\n"_s << QStringList{};
        QTest::newRow("mongo 4.4 runs on a Pi 4") << pi4 << u"FROM mongo:4.4.29\n"_s << QStringList{};
        QTest::newRow("amazonlinux 2") << pi4 << u"FROM amazonlinux:2\n"_s << QStringList{};
        QTest::newRow("other images") << pi4 << u"FROM debian:12\nFROM postgres:16\n"_s << QStringList{};
        QTest::newRow("amd64 build stage") << pi4 << u"FROM --platform=linux/amd64 mongo:6.0 AS tools\nFROM debian:12\n"_s
                                           << QStringList{};
    }
    void findings()
    {
        QFETCH(QString, config);
        QFETCH(QString, dockerfile);
        QFETCH(QStringList, expected);
        const QList<Finding> found = lintIn(config, u".armlift.json"_s, dockerfile);
        QCOMPARE(ranges(found), expected);
        for (const Finding &f : found) {
            checkFindingShape(f, u"ARM104"_s, Severity::Warning);
            QVERIFY2(f.message.contains(u"ARMv8.2-A"_s), qPrintable(f.message));
            QVERIFY2(f.help.contains(u"https://github.com/"_s), qPrintable(f.help)); // the source
        }
    }

    void tomlTarget()
    {
        const QList<Finding> found = lintIn(u"# the edge boxes\ntargetCpu = \"cortex-a72\"\n"_s, u".armlift.toml"_s,
                                            u"FROM mongo:5\n"_s);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.contains(u"cortex-a72"_s));
    }

    void fixUsesTheOlderRelease()
    {
        const QString text = u"FROM mongo:6.0 AS db\nEXPOSE 27017\n"_s;
        const QList<Finding> found = lintIn(pi4, u".armlift.json"_s, text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 1);
        QVERIFY(!found.first().fixes.first().note.isEmpty());
        const QString fixed = applied(text, found.first(), 0);
        QCOMPARE(fixed, u"FROM mongo:4.4 AS db\nEXPOSE 27017\n"_s);
        QVERIFY(lintIn(pi4, u".armlift.json"_s, fixed).isEmpty());
    }

    void configParsesTargets()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u".armlift.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"targetCpu": ["Cortex_A72", " raspberry pi 4 "]})");
        f.close();
        QString error;
        const ProjectConfig config = ProjectConfig::load(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.targetCpus(), (QStringList{u"cortex-a72"_s, u"raspberry-pi-4"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRuleArm104)
#include "tst_rule_arm104.moc"
