#include "EcosystemHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kDf = u"Dockerfile"_s;
const QString kPj = u"package.json"_s;
const QString kSlim = u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n"_s;

QString packageJson(const QString &deps)
{
    return u"{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\",\n    %1\n  }\n}\n"_s.arg(deps);
}

QString lockV3(const QString &name, const QString &version)
{
    return u"{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {\"name\": \"app\"},\n"
           "    \"node_modules/express\": {\"version\": \"4.18.2\"},\n"
           "    \"node_modules/%1\": {\"version\": \"%2\"}\n  }\n}\n"_s.arg(name, version);
}
} // namespace

class TestRuleArm701 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");

        QTest::newRow("node-sass") << QStringList{kDf, kSlim, kPj, packageJson(u"\"node-sass\": \"^4.14.1\""_s)} << 1 << kPj
                                   << range(5, 5, 5, 27);
        QTest::newRow("old sharp") << QStringList{kDf, kSlim, kPj, packageJson(u"\"sharp\": \"^0.23.0\""_s)} << 1 << kPj
                                   << range(5, 5, 5, 23);
        QTest::newRow("sqlite3 exact") << QStringList{kDf, kSlim, kPj, packageJson(u"\"sqlite3\": \"5.0.2\""_s)} << 1 << kPj
                                       << range(5, 5, 5, 23);
        QTest::newRow("bcrypt 5.0.1") << QStringList{kDf, kSlim, kPj, packageJson(u"\"bcrypt\": \"5.0.1\""_s)} << 1 << kPj
                                      << range(5, 5, 5, 22);
        QTest::newRow("npm install word")
            << QStringList{kDf, u"FROM node:16-alpine\nRUN npm install -g node-sass@4.14.1\n"_s} << 1 << kDf
            << range(2, 20, 2, 36);
        QTest::newRow("lockfile pins old, range fine")
            << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n"_s, kPj,
                           packageJson(u"\"sharp\": \"^0.25.0\""_s), u"package-lock.json"_s, lockV3(u"sharp"_s, u"0.25.0"_s)}
            << 1 << kPj << range(5, 5, 5, 23);
        QTest::newRow("transitive in lockfile")
            << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n"_s, kPj, packageJson(u"\"gulp\": \"^4.0.0\""_s),
                           u"package-lock.json"_s, lockV3(u"node-sass"_s, u"4.14.1"_s)}
            << 1 << u"package-lock.json"_s << range(6, 5, 6, 29);
        QTest::newRow("yarn.lock")
            << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n"_s,
                           kPj, packageJson(u"\"canvas\": \"^2.11.0\""_s), u"yarn.lock"_s,
                           u"# yarn lockfile v1\n\n\ncanvas@^2.11.0:\n  version \"2.11.2\"\n"_s}
            << 1 << kPj << range(5, 5, 5, 24);
        QTest::newRow("subfolder context")
            << QStringList{u"web/Dockerfile"_s, kSlim, u"web/package.json"_s, packageJson(u"\"phantomjs-prebuilt\": \"^2.1.16\""_s)}
            << 1 << u"web/package.json"_s << range(5, 5, 5, 36);

        // Negative cases: modern, correct manifests give nothing.
        QTest::newRow("sass + recent sharp")
            << QStringList{kDf, kSlim, kPj, packageJson(u"\"sass\": \"^1.69.5\",\n    \"sharp\": \"^0.33.2\""_s)} << 0 << QString()
            << SourceRange{};
        QTest::newRow("range admits good") << QStringList{kDf, kSlim, kPj, packageJson(u"\"sqlite3\": \"^5.0.0\""_s)} << 0
                                           << QString() << SourceRange{};
        QTest::newRow("bcrypt 5.1.1") << QStringList{kDf, kSlim, kPj, packageJson(u"\"bcrypt\": \"^5.1.1\""_s)} << 0
                                      << QString() << SourceRange{};
        QTest::newRow("not copied") << QStringList{kDf, u"FROM node:18-slim\nRUN npm install\n"_s, kPj,
                                                   packageJson(u"\"node-sass\": \"^4.14.1\""_s)}
                                    << 0 << QString() << SourceRange{};
        QTest::newRow("full node image has compilers")
            << QStringList{kDf, u"FROM node:18\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n"_s, kPj,
                           packageJson(u"\"sqlite3\": \"5.0.2\""_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("arch branch")
            << QStringList{kDf, u"FROM node:18-slim\nARG TARGETARCH\nRUN if [ \"$TARGETARCH\" = amd64 ]; then npm i -g node-sass@4; fi\n"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("unpinned word") << QStringList{kDf, u"FROM node:18-slim\nRUN npm install -g sharp\n"_s} << 0
                                       << QString() << SourceRange{};
        QTest::newRow("dev dependency omitted")
            << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install --omit=dev\n"_s, kPj,
                           u"{\"devDependencies\": {\"node-sass\": \"^4.14.1\"}}"_s}
            << 0 << QString() << SourceRange{};
        QTest::newRow("suppressed") << QStringList{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json ./\n"
                                                        "# armlift-ignore=ARM701\nRUN npm install\n"_s,
                                                   kPj, packageJson(u"\"node-sass\": \"^4.14.1\""_s)}
                                    << 0 << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QString dockerfile = files.first();
        const QList<Finding> found = runEcosystemRule(u"ARM701"_s, project, dockerfile);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(u"arm64"_s));
        QVERIFY(found.first().help.contains(u"Source: "_s));
    }

    void replaceNodeSass()
    {
        const Files project{{kDf, kSlim}, {kPj, packageJson(u"\"node-sass\": \"^4.14.1\""_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM701"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 1); // no build-deps option for a package that never builds
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(kPj), packageJson(u"\"sass\": \"^1\""_s));
        QVERIFY(runEcosystemRule(u"ARM701"_s, fixed).isEmpty());
    }

    void pinKeepsCaret()
    {
        const Files project{{kDf, kSlim}, {kPj, packageJson(u"\"sharp\": \"^0.23.0\""_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM701"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 2);
        const Files pinned = applyFix(project, found.first(), 0);
        QCOMPARE(pinned.value(kPj), packageJson(u"\"sharp\": \"^0.25.2\""_s));
        QVERIFY(runEcosystemRule(u"ARM701"_s, pinned).isEmpty());
        // Or keep it and install libvips and a toolchain: also silent afterwards.
        const Files deps = applyFix(project, found.first(), 1);
        QVERIFY(deps.value(kDf).contains(u"apt-get install -y --no-install-recommends libvips-dev build-essential python3"_s));
        QVERIFY(runEcosystemRule(u"ARM701"_s, deps).isEmpty());
    }

    void pinWordAndLockNote()
    {
        const Files word{{kDf, u"FROM node:16-bullseye-slim\nRUN npm install sqlite3@5.0.2\n"_s}};
        const QList<Finding> found = runEcosystemRule(u"ARM701"_s, word);
        QCOMPARE(found.size(), 1);
        const Files fixed = applyFix(word, found.first());
        QCOMPARE(fixed.value(kDf), u"FROM node:16-bullseye-slim\nRUN npm install sqlite3@5.0.3\n"_s);
        QVERIFY(runEcosystemRule(u"ARM701"_s, fixed).isEmpty());

        const Files locked{{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"_s},
                           {kPj, packageJson(u"\"sqlite3\": \"~5.0.2\""_s)},
                           {u"package-lock.json"_s, lockV3(u"sqlite3"_s, u"5.0.2"_s)}};
        const QList<Finding> lf = runEcosystemRule(u"ARM701"_s, locked);
        QCOMPARE(lf.size(), 1);
        QCOMPARE(lf.first().file, kPj);
        QVERIFY(lf.first().message.contains(u"locked: 5.0.2"_s));
        QVERIFY(lf.first().fixes.first().note.contains(u"npm install"_s));
    }

    // The pin edits package.json only (a faithful lockfile edit needs the new release's
    // integrity hash and dependency tree); the fix says so, and the next scan reports the
    // stale lockfile instead of offering the same, now empty, edit again.
    void pinWithLockfileThenStaleLockfile()
    {
        const QString lock = lockV3(u"sqlite3"_s, u"5.0.2"_s);
        const Files locked{{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"_s},
                           {kPj, packageJson(u"\"sqlite3\": \"~5.0.2\""_s)},
                           {u"package-lock.json"_s, lock}};
        const QList<Finding> found = runEcosystemRule(u"ARM701"_s, locked);
        QCOMPARE(found.size(), 1);
        const Fix &pin = found.first().fixes.first();
        QVERIFY2(pin.title.contains(u"then run “npm install”"_s), qPrintable(pin.title));
        QVERIFY(pin.note.contains(u"integrity"_s));
        for (const TextEdit &e : pin.edits)
            QCOMPARE(e.file, kPj);
        const Files fixed = applyFix(locked, found.first());
        QCOMPARE(fixed.value(kPj), packageJson(u"\"sqlite3\": \"~5.0.3\""_s));
        QCOMPARE(fixed.value(u"package-lock.json"_s), lock);

        const QList<Finding> after = runEcosystemRule(u"ARM701"_s, fixed);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().file, kPj);
        QVERIFY2(after.first().message.contains(u"package-lock.json still pins 5.0.2"_s), qPrintable(after.first().message));
        QVERIFY(after.first().message.contains(u"“npm install”"_s));
        QVERIFY(after.first().fixes.isEmpty());

        // Once the package manager has updated the lockfile, the finding goes away.
        Files installed = fixed;
        installed.insert(u"package-lock.json"_s, lockV3(u"sqlite3"_s, u"5.0.3"_s));
        QVERIFY(runEcosystemRule(u"ARM701"_s, installed).isEmpty());

        // yarn: the same, with yarn's command.
        const Files yarn{{kDf, u"FROM node:18-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n"_s},
                         {kPj, packageJson(u"\"sqlite3\": \"~5.0.3\""_s)},
                         {u"yarn.lock"_s, u"# yarn lockfile v1\n\n\nsqlite3@~5.0.2:\n  version \"5.0.2\"\n"_s}};
        const QList<Finding> y = runEcosystemRule(u"ARM701"_s, yarn);
        QCOMPARE(y.size(), 1);
        QVERIFY2(y.first().message.contains(u"yarn.lock still pins 5.0.2"_s), qPrintable(y.first().message));
        QVERIFY(y.first().fixes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleArm701)
#include "tst_rule_arm701.moc"
