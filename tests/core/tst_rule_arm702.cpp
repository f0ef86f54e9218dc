#include "EcosystemHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kDf = u"Dockerfile"_s;
const QString kPj = u"package.json"_s;
const QString kVite = u"{\"name\": \"web\", \"devDependencies\": {\"esbuild\": \"^0.19.2\", \"typescript\": \"^5.2.0\"}}\n"_s;
const QString kPlain = u"{\"name\": \"api\", \"dependencies\": {\"express\": \"^4.18.2\"}}\n"_s;
// The usual shape: install in the image, then copy the sources over it.
const QString kCopyAfterInstall = u"FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
                                  "RUN npm ci\nCOPY . .\nRUN npm run build\n"_s;

QString lock(const QStringList &platformPackages)
{
    QString entries;
    for (const QString &p : platformPackages)
        entries += u",\n    \"node_modules/%1\": {\"version\": \"0.19.2\", \"optional\": true}"_s.arg(p);
    return u"{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {\"name\": \"web\"},\n"
           "    \"node_modules/esbuild\": {\"version\": \"0.19.2\"}%1\n  }\n}\n"_s.arg(entries);
}
const QString kGoodLock = lock({u"@esbuild/darwin-arm64"_s, u"@esbuild/linux-arm64"_s, u"@esbuild/linux-x64"_s});
} // namespace

class TestRuleArm702 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");

        QTest::newRow("copy . . after npm ci, no .dockerignore")
            << QStringList{kDf, kCopyAfterInstall, kPj, kVite, u"package-lock.json"_s, kGoodLock} << 1 << kDf
            << range(5, 6, 5, 7);
        QTest::newRow(".dockerignore without node_modules")
            << QStringList{kDf, kCopyAfterInstall, kPj, kVite, u"package-lock.json"_s, kGoodLock, u".dockerignore"_s,
                           u".git\n*.log\n"_s}
            << 1 << kDf << range(5, 6, 5, 7);
        QTest::newRow("explicit COPY node_modules")
            << QStringList{kDf, u"FROM node:20-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY node_modules ./node_modules\n"
                                "COPY dist ./dist\n"_s,
                           kPj, u"{\"dependencies\": {\"next\": \"14.0.3\"}}"_s}
            << 1 << kDf << range(4, 6, 4, 18);
        QTest::newRow("host node_modules has esbuild")
            << QStringList{kDf, u"FROM node:20-slim\nWORKDIR /app\nCOPY app/ /app/\nCMD [\"node\", \"index.js\"]\n"_s,
                           u"app/package.json"_s, kPlain, u"app/node_modules/esbuild/package.json"_s, u"{}"_s}
            << 1 << kDf << range(3, 6, 3, 10);
        QTest::newRow("lockfile without linux-arm64")
            << QStringList{kDf, u"FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"_s, kPj,
                           kVite, u"package-lock.json"_s, lock({u"@esbuild/darwin-arm64"_s, u"@esbuild/linux-x64"_s})}
            << 1 << u"package-lock.json"_s << range(5, 5, 5, 27);

        // Negative cases.
        QTest::newRow(".dockerignore node_modules")
            << QStringList{kDf, kCopyAfterInstall, kPj, kVite, u"package-lock.json"_s, kGoodLock, u".dockerignore"_s,
                           u"# deps\nnode_modules\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow(".dockerignore **/node_modules")
            << QStringList{kDf, kCopyAfterInstall, kPj, kVite, u".dockerignore"_s, u"**/node_modules/\n"_s} << 0
            << QString() << SourceRange{};
        QTest::newRow("allow-list .dockerignore")
            << QStringList{kDf, kCopyAfterInstall, kPj, kVite, u".dockerignore"_s, u"*\n!src\n!package*.json\n"_s} << 0
            << QString() << SourceRange{};
        QTest::newRow("install after the copy")
            << QStringList{kDf, u"FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"_s, kPj, kVite,
                           u"package-lock.json"_s, kGoodLock}
            << 0 << QString() << SourceRange{};
        QTest::newRow("no platform packages")
            << QStringList{kDf, kCopyAfterInstall, kPj, kPlain} << 0 << QString() << SourceRange{};
        QTest::newRow("copy from a build stage")
            << QStringList{kDf, u"FROM node:20-slim AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
                                "FROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\n"_s,
                           kPj, kVite, u"package-lock.json"_s, kGoodLock}
            << 0 << QString() << SourceRange{};
        QTest::newRow("image without Node.js")
            << QStringList{kDf, u"FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n"_s, kPj, kVite}
            << 0 << QString() << SourceRange{};
        QTest::newRow("rollup 3 is pure JavaScript")
            << QStringList{kDf, kCopyAfterInstall, kPj, u"{\"devDependencies\": {\"rollup\": \"^3.29.4\"}}"_s} << 0
            << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runEcosystemRule(u"ARM702"_s, project, files.first());
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

    void fixAddsDockerignoreLine()
    {
        const Files project{{kDf, kCopyAfterInstall}, {kPj, kVite}, {u".dockerignore"_s, u".git"_s}};
        const QList<Finding> found = runEcosystemRule(u"ARM702"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 1);
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(u".dockerignore"_s), u".git\nnode_modules\n"_s);
        QVERIFY(runEcosystemRule(u"ARM702"_s, fixed).isEmpty());
    }

    void fixCreatesDockerignore()
    {
        // No .dockerignore: the fix creates one (an insertion into an empty file).
        const Files project{{kDf, kCopyAfterInstall}, {kPj, kVite}};
        const QList<Finding> found = runEcosystemRule(u"ARM702"_s, project);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.contains(u"esbuild"_s));
        QCOMPARE(found.first().fixes.size(), 1);
        QVERIFY(found.first().fixes.first().title.contains(u"Create .dockerignore"_s));
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(u".dockerignore"_s), u"node_modules\n"_s);
        QVERIFY(runEcosystemRule(u"ARM702"_s, fixed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleArm702)
#include "tst_rule_arm702.moc"
