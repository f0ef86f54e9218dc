#include "EcosystemHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kDf = u"Dockerfile"_s;
const QString kPj = u"package.json"_s;
const QString kDebian = u"FROM node:18-bookworm-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n"_s;

QString packageJson(const QString &spec)
{
    return u"{\n  \"dependencies\": {\n    \"puppeteer\": \"%1\"\n  }\n}\n"_s.arg(spec);
}
} // namespace

class TestRuleArm703 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");

        QTest::newRow("puppeteer 21") << QStringList{kDf, kDebian, kPj, packageJson(u"^21.5.0"_s)} << 1 << kPj
                                      << range(3, 5, 3, 27);
        QTest::newRow("playwright chrome")
            << QStringList{kDf, u"FROM node:20-bookworm\nRUN npx playwright install --with-deps chrome\n"_s} << 1 << kDf
            << range(2, 40, 2, 46);
        QTest::newRow("python playwright")
            << QStringList{kDf, u"FROM python:3.12-slim\nRUN pip install playwright && python -m playwright install chrome-beta\n"_s}
            << 1 << kDf << range(2, 60, 2, 71);

        QTest::newRow("skip variable") << QStringList{kDf, u"FROM node:18-slim\nENV PUPPETEER_SKIP_DOWNLOAD=true\nWORKDIR /app\n"
                                                            "COPY package.json ./\nRUN npm install\n"_s,
                                                      kPj, packageJson(u"^21.5.0"_s)}
                                       << 0 << QString() << SourceRange{};
        QTest::newRow("variable on the command")
            << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json ./\n"
                                "RUN PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 npm install\n"_s,
                           kPj, packageJson(u"^21.5.0"_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("ignore scripts") << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json ./\n"
                                                             "RUN npm ci --ignore-scripts\n"_s,
                                                       kPj, packageJson(u"^21.5.0"_s)}
                                        << 0 << QString() << SourceRange{};
        QTest::newRow("puppeteer-core") << QStringList{kDf, kDebian, kPj, u"{\"dependencies\": {\"puppeteer-core\": \"^21.5.0\"}}"_s}
                                        << 0 << QString() << SourceRange{};
        QTest::newRow("puppeteer with arm64 chrome") << QStringList{kDf, kDebian, kPj, packageJson(u"^25.11.0"_s)} << 0
                                                     << QString() << SourceRange{};
        QTest::newRow("playwright chromium")
            << QStringList{kDf, u"FROM node:20-bookworm\nRUN npx playwright install --with-deps chromium firefox\n"_s} << 0
            << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runEcosystemRule(u"ARM703"_s, project, files.first());
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().help.contains(u"Source: "_s));
    }

    void puppeteerFixUsesDebianChromium()
    {
        const Files project{{kDf, kDebian}, {kPj, packageJson(u"^21.5.0"_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM703"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 1);
        const QString df = applyFix(project, found.first()).value(kDf);
        QVERIFY2(df.contains(u"ENV PUPPETEER_SKIP_DOWNLOAD=true PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=true "
                             "PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium\n"_s),
                 qPrintable(df));
        QVERIFY2(df.contains(u"chromium"_s) && df.indexOf(u"ENV PUPPETEER"_s) < df.indexOf(u"RUN npm install"_s), qPrintable(df));
        QVERIFY(runEcosystemRule(u"ARM703"_s, applyFix(project, found.first())).isEmpty());
    }

    void noChromiumFixOnUbuntu()
    {
        const Files project{{kDf, u"FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y nodejs npm\nWORKDIR /app\n"
                                  "COPY package.json ./\nRUN npm install\n"_s},
                            {kPj, packageJson(u"19.2.0"_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM703"_s, project);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().fixes.isEmpty());
    }

    void playwrightFix()
    {
        const Files project{{kDf, u"FROM node:20-bookworm\nRUN npx playwright install --with-deps chrome\n"_s}};
        const QList<Finding> found = runEcosystemRule(u"ARM703"_s, project);
        QCOMPARE(found.size(), 1);
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(kDf), u"FROM node:20-bookworm\nRUN npx playwright install --with-deps chromium\n"_s);
        QVERIFY(runEcosystemRule(u"ARM703"_s, fixed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleArm703)
#include "tst_rule_arm703.moc"
