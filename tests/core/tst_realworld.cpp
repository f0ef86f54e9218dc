// The real-world corpus (tests/data/realworld): Dockerfiles written after public projects.
// good/ are correct multi-arch files: no warning or error may appear there (info only where
// good/allowed.txt lists it). bad/ are broken ones: the findings must be exactly the
// (rule, file, line) set of bad/expected.txt, and applying every first fix must leave only
// findings that offer no fix.
#include "dockerfile/Dockerfile.h"
#include "fix/ProjectFixer.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

QString corpus(const QString &rel)
{
    return QStringLiteral(ARMLIFT_SOURCE_DIR) + u"/tests/data/realworld/"_s + rel;
}

// "ARM201 go/Dockerfile:8" per line; '#' starts a comment.
QSet<QString> readExpectations(const QString &path)
{
    QSet<QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString line = raw.section(u'#', 0, 0).simplified();
        if (!line.isEmpty())
            out.insert(line);
    }
    return out;
}

QString key(const Finding &f)
{
    return u"%1 %2:%3"_s.arg(f.ruleId, f.file).arg(f.range.line);
}

// ARM602–ARM609 plan multi-arch builds (emulation cost and the like); they are not arm64 problems
// of the file, so they are checked on their own below rather than mixed into the expectations.
bool isPlanningRule(const QString &id)
{
    return id.size() == 6 && id.startsWith(u"ARM60"_s) && id.at(5) >= u'2' && id.at(5) <= u'9';
}

QString describe(const QList<QString> &items)
{
    QStringList sorted(items.cbegin(), items.cend());
    sorted.sort();
    return sorted.join(u"\n  "_s);
}

} // namespace

class TestRealWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsThere()
    {
        const QStringList good = ProjectScanner::findDockerfiles(corpus(u"good"_s), {});
        const QStringList bad = ProjectScanner::findDockerfiles(corpus(u"bad"_s), {});
        QVERIFY2(good.size() >= 20, qPrintable(u"%1 good Dockerfiles"_s.arg(good.size())));
        QVERIFY2(bad.size() >= 15, qPrintable(u"%1 bad Dockerfiles"_s.arg(bad.size())));
    }

    void goodFilesHaveNoWarnings()
    {
        ProjectScanner scanner;
        const ScanResult r = scanner.scan(corpus(u"good"_s));
        QVERIFY(r.errors.isEmpty());
        const QSet<QString> allowed = readExpectations(corpus(u"good/allowed.txt"_s));
        QList<QString> unexpected;
        for (const Finding &f : r.findings)
            if (!isPlanningRule(f.ruleId) && (f.severity != Severity::Info || !allowed.contains(key(f))))
                unexpected << key(f) + u": "_s + f.message;
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"false positives:\n  "_s + describe(unexpected)));
    }

    // Correct files need no planning advice above info either (DESIGN.md: no warning or error on
    // correct files, whichever rule).
    void planningRulesAreQuietOnGoodFiles()
    {
        ProjectScanner scanner;
        const ScanResult r = scanner.scan(corpus(u"good"_s));
        QList<QString> unexpected;
        for (const Finding &f : r.findings)
            if (isPlanningRule(f.ruleId) && f.severity != Severity::Info)
                unexpected << key(f) + u": "_s + f.message.left(120);
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"false positives:\n  "_s + describe(unexpected)));
    }

    void badFilesHaveExactlyTheExpectedFindings()
    {
        ProjectScanner scanner;
        const ScanResult r = scanner.scan(corpus(u"bad"_s));
        QVERIFY(r.errors.isEmpty());
        const QSet<QString> expected = readExpectations(corpus(u"bad/expected.txt"_s));
        QVERIFY(!expected.isEmpty());
        QSet<QString> found;
        for (const Finding &f : r.findings) {
            if (isPlanningRule(f.ruleId))
                continue;
            found.insert(key(f));
            QVERIFY2(!f.message.isEmpty() && !f.help.isEmpty(), qPrintable(key(f)));
        }
        const QSet<QString> missing = expected - found;
        const QSet<QString> extra = found - expected;
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                 qPrintable(u"missing:\n  "_s + describe(missing.values()) + u"\nunexpected:\n  "_s
                            + describe(extra.values())));
        // Every catalogue rule shows up at least twice.
        QHash<QString, int> perRule;
        for (const QString &k : expected)
            ++perRule[k.section(u' ', 0, 0)];
        for (const char *id : {"ARM101", "ARM102", "ARM103", "ARM201", "ARM202", "ARM203", "ARM301", "ARM302",
                               "ARM303", "ARM304", "ARM305", "ARM401", "ARM402", "ARM501", "ARM502", "ARM601"})
            QVERIFY2(perRule.value(QString::fromLatin1(id)) >= 2, id);
    }

    void fixesResolveTheirFindings()
    {
        ProjectScanner scanner;
        const QString root = corpus(u"bad"_s);
        const ScanResult initial = scanner.scan(root);
        ProjectFixer fixer(scanner);
        const ProjectFixer::Result result = fixer.fix(root, initial, false);
        QVERIFY(!result.written);
        QVERIFY(result.converged);
        QVERIFY(result.errors.isEmpty());
        QVERIFY(!result.changes.isEmpty());
        // What is left is what no fix was offered for.
        QSet<QString> unfixable;
        for (const Finding &f : initial.findings)
            if (f.fixes.isEmpty())
                unfixable.insert(f.ruleId + u' ' + f.file);
        QList<QString> left;
        for (const Finding &f : result.finalScan.findings)
            if (!isPlanningRule(f.ruleId) && !unfixable.contains(f.ruleId + u' ' + f.file))
                left << key(f) + u": "_s + f.message;
        QVERIFY2(left.isEmpty(), qPrintable(u"still found after --fix:\n  "_s + describe(left)));
        // Fixed Dockerfiles still parse without new problems.
        for (const ProjectFixer::FileChange &c : result.changes) {
            if (!c.path.endsWith(u"Dockerfile"_s))
                continue;
            const Dockerfile before = Dockerfile::parse(c.path, c.before);
            const Dockerfile after = Dockerfile::parse(c.path, c.after);
            QVERIFY2(after.problems().size() <= before.problems().size(), qPrintable(c.path));
            QCOMPARE(after.stages().size(), before.stages().size());
        }
    }
};

QTEST_GUILESS_MAIN(TestRealWorld)
#include "tst_realworld.moc"
