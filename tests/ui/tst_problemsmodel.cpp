// The Problems model takes new findings in batches: a re-lint of one file removes and inserts
// only that file's rows (no model reset), so a large project's table is not rebuilt per file.
#include "ProblemsModel.h"
#include "ProjectTreeModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;

namespace {

QList<Finding> findingsFor(int files, int perFile, const QString &rule = u"ARM201"_s)
{
    QList<Finding> out;
    for (int f = 0; f < files; ++f) {
        for (int i = 0; i < perFile; ++i)
            out.append({rule, Severity::Error, u"svc%1/Dockerfile"_s.arg(f, 4, 10, QLatin1Char('0')), {i + 1, 1, i + 1, 5},
                        u"message"_s, {}, u"rules"_s, {}});
    }
    return out;
}

} // namespace

class TestProblemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relintChangesOnlyItsRows()
    {
        ProblemsModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QList<Finding> all = findingsFor(1000, 2);
        model.setFindings(all);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(inserted.size(), 1); // one batch
        inserted.clear();

        // File 500 now has one finding instead of two (as after a re-lint of that file).
        QList<Finding> next = all;
        next.removeAt(1001);
        next[1000].message = u"changed"_s;
        model.setFindings(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 1000);
        QCOMPARE(removed.constFirst().at(2).toInt(), 1001);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 1000);
        QCOMPARE(inserted.constFirst().at(2).toInt(), 1000);
        QCOMPARE(model.rowCount(), 1999);
        QCOMPARE(model.finding(1000)->message, u"changed"_s);
        QCOMPARE(model.finding(1998)->file, all.last().file);

        // The same findings again: nothing for the views to do.
        removed.clear();
        inserted.clear();
        model.setFindings(next);
        QCOMPARE(removed.size() + inserted.size() + reset.size(), 0);
    }

    void treeArrivesInOneInsertion()
    {
        QList<ScannedFile> files;
        for (int i = 0; i < 2000; ++i)
            files.append({u"team%1/svc%2/Dockerfile"_s.arg(i / 100).arg(i % 100), u"dockerfile"_s});
        ProjectTreeModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setScan(u"root"_s, files, findingsFor(1, 1));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 20);
        const QModelIndex file = model.indexForPath(u"team3/svc7/Dockerfile"_s);
        QVERIFY(file.isValid());
        QCOMPARE(file.data(ProjectTreeModel::FindingCountRole).toInt(), 0);
    }

    // The main window builds a large tree a slice per event-loop turn: nothing reaches the views
    // before the last slice, which inserts everything at once with the badges set.
    void treeBuildsInSlices()
    {
        QList<ScannedFile> files;
        for (int i = 0; i < 2000; ++i)
            files.append({u"team%1/svc%2/Dockerfile"_s.arg(i / 100).arg(i % 100), u"dockerfile"_s});
        files.append({u"svc0000/Dockerfile"_s, u"dockerfile"_s});
        QList<Finding> findings = findingsFor(1, 2);
        findings.last().severity = Severity::Warning;
        ProjectTreeModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.beginScan(u"root"_s, files);
        int slices = 1;
        while (!model.buildSome(findings, 0)) { // a zero budget: the smallest slice each call
            ++slices;
            QCOMPARE(inserted.size(), 0);
            QCOMPARE(model.rowCount(), 0);
        }
        QVERIFY2(slices > 10, qPrintable(QString::number(slices)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 21);
        QVERIFY(model.indexForPath(u"team19/svc99/Dockerfile"_s).isValid());
        const QModelIndex withProblems = model.indexForPath(u"svc0000/Dockerfile"_s);
        QCOMPARE(withProblems.data(ProjectTreeModel::FindingCountRole).toInt(), 2);
        QCOMPARE(withProblems.data(ProjectTreeModel::WorstSeverityRole).toInt(), int(Severity::Error));
        // Re-lint badges: only the file whose count changed gets a dataChanged.
        model.setFindings(findingsFor(1, 1));
        QVERIFY(!changed.isEmpty());
        changed.clear();
        model.setFindings(findingsFor(1, 1));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(withProblems.data(ProjectTreeModel::FindingCountRole).toInt(), 1);

        // A new scan while the previous one is half built frees its detached items (ASan's leak
        // check), and so does the model's destructor.
        model.beginScan(u"root"_s, files);
        QVERIFY(!model.buildSome(findings, 0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForPath(u"team0/svc0/Dockerfile"_s).isValid());
        model.beginScan(u"root"_s, files);
        QVERIFY(!model.buildSome(findings, 0));
    }
};

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
