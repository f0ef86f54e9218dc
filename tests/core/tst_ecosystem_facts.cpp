// The *.ecosystems.json knowledge files extend the python and images sections:
// the existing rules (ARM301, ARM102) must pick the new facts up, and modern,
// correct versions must stay silent.
#include "RuleHarness.h"

#include "rules/RuleRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
QList<Finding> runRegistered(const QString &id, const Files &files)
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(dir.filePath(it.key()));
        if (f.open(QIODevice::WriteOnly))
            f.write(it.value().toUtf8());
    }
    ProjectFiles project(dir.path());
    const QString name = u"Dockerfile"_s;
    const Dockerfile df = Dockerfile::parse(name, files.value(name));
    const QList<ShellSource> shell = collectShellSources(df);
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, name, shell};
    QList<Finding> out;
    if (const Rule *rule = RuleRegistry::bundled().rule(id))
        rule->check(ctx, out);
    return out;
}
} // namespace

class TestEcosystemFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsMerge()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        // Both files feed one section: the original entries stay, the new ones are appended.
        QStringList wheels;
        for (const QJsonValue &v : kb.section(u"python"_s).value(u"firstAarch64Wheel").toArray())
            wheels.append(v.toObject().value(u"name").toString());
        QVERIFY(wheels.contains(u"numpy"_s));
        QVERIFY(wheels.contains(u"gevent"_s));
        QCOMPARE(wheels.count(u"gevent"_s), 1);
        for (const QString &section : {u"python"_s, u"images"_s, u"downloads"_s, u"npm"_s, u"ruby"_s})
            QVERIFY2(kb.sectionNames().contains(section), qPrintable(section));
        // Every new fact names its source and confidence, and none is low.
        for (const QString &file : {u"python.ecosystems"_s, u"images.ecosystems"_s, u"npm"_s, u"ruby"_s}) {
            QFile f(u":/armlift/knowledge/%1.json"_s.arg(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray data = f.readAll();
            QVERIFY(!data.contains("\"confidence\": \"low\""));
            QVERIFY(data.count("\"source\"") >= data.count("\"confidence\""));
        }
    }

    void findings_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        const QString slim = u"FROM python:3.10-slim\n"_s;
        QTest::newRow("gevent below 20.12.0") << u"ARM301"_s << slim + u"RUN pip install gevent==20.9.0\n"_s << 1;
        QTest::newRow("gevent 20.12.0") << u"ARM301"_s << slim + u"RUN pip install gevent==20.12.0\n"_s << 0;
        QTest::newRow("pyzmq 19") << u"ARM301"_s << slim + u"RUN pip install pyzmq==19.0.2\n"_s << 1;
        QTest::newRow("ujson 3.2.0") << u"ARM301"_s << slim + u"RUN pip install ujson==3.2.0\n"_s << 0;
        QTest::newRow("tf-io-gcs 0.24") << u"ARM301"_s << slim + u"RUN pip install tensorflow-io-gcs-filesystem==0.24.0\n"_s << 1;
        QTest::newRow("oracledb 1.0.1") << u"ARM301"_s << slim + u"RUN pip install oracledb==1.0.1\n"_s << 1;
        QTest::newRow("jaxlib 0.4.20") << u"ARM301"_s << slim + u"RUN pip install jaxlib==0.4.20\n"_s << 0;
        QTest::newRow("libsass without compiler") << u"ARM301"_s << slim + u"RUN pip install libsass==0.22.0\n"_s << 1;
        QTest::newRow("libsass with compiler")
            << u"ARM301"_s
            << slim + u"RUN apt-get update && apt-get install -y build-essential && pip install libsass==0.22.0\n"_s << 0;
        QTest::newRow("selenium standalone-chrome 4.8") << u"ARM102"_s << u"FROM selenium/standalone-chrome:4.8.0-20230202\n"_s << 1;
        QTest::newRow("selenium standalone-chromium") << u"ARM102"_s << u"FROM selenium/standalone-chromium:4.27.0\n"_s << 0;
        QTest::newRow("oracle express") << u"ARM102"_s << u"FROM container-registry.oracle.com/database/express:21.3.0-xe\n"_s
                                        << 1;
    }
    void findings()
    {
        QFETCH(QString, rule);
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const QList<Finding> found = runRegistered(rule, {{u"Dockerfile"_s, dockerfile}});
        for (const Finding &f : found)
            qDebug().noquote() << f.ruleId << f.range.line << f.message;
        QCOMPARE(found.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestEcosystemFacts)
#include "tst_ecosystem_facts.moc"
