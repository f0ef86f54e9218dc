// The build-log dock: paste or drop a log, diagnose, follow a cause to its Dockerfile line,
// request the Dockerfile rule's quick fix; an unknown log shows its last error lines.
#include "buildlog/BuildLogPane.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

const QString Logs = QStringLiteral(ARMLIFT_TEST_DATA "/buildlogs");

QString readLog(const QString &name)
{
    QFile f(Logs + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QPushButton *button(const BuildLogPane &pane, const QString &text)
{
    for (QPushButton *b : pane.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestBuildLogPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pasteAndDiagnose();
    void activatingACauseOpensTheDockerfileLine();
    void applyFixRequestsTheRuleFix();
    void logOnlyCausesAreNotLinks();
    void dropAFile();
    void unknownLog();
};

void TestBuildLogPane::pasteAndDiagnose()
{
    BuildLogPane pane;
    pane.setProjectRoot(Logs + u"/projects/case2"_s);
    auto *input = pane.findChild<QPlainTextEdit *>();
    QVERIFY(input);
    input->setPlainText(readLog(u"sdist-build-failed.log"_s));
    QPushButton *diagnose = button(pane, u"Diagnose"_s);
    QVERIFY(diagnose);
    QTest::mouseClick(diagnose, Qt::LeftButton);
    QTreeWidget *causes = pane.causesView();
    QCOMPARE(causes->topLevelItemCount(), 1);
    QCOMPARE(causes->topLevelItem(0)->text(0), u"Dockerfile:8"_s);
    QCOMPARE(causes->topLevelItem(0)->text(1), u"ARM301"_s);
    QVERIFY(causes->topLevelItem(0)->text(2).contains(u"numpy"_s));
    QVERIFY(causes->topLevelItem(0)->font(0).underline()); // drawn as a link
    QVERIFY(pane.statusText().contains(u'1'));
}

void TestBuildLogPane::activatingACauseOpensTheDockerfileLine()
{
    BuildLogPane pane;
    pane.setProjectRoot(Logs + u"/projects/case5"_s);
    pane.setLogText(readLog(u"go-amd64-assembly.log"_s));
    pane.diagnose();
    QSignalSpy open(&pane, &BuildLogPane::openLocation);
    QTreeWidget *causes = pane.causesView();
    QCOMPARE(causes->topLevelItemCount(), 1);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QRect rect = causes->visualItemRect(causes->topLevelItem(0));
    QTest::mouseClick(causes->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), u"Dockerfile"_s);
    QCOMPARE(open.at(0).at(1).toInt(), 12);

    // The keyboard works as well: Enter on the current cause.
    causes->setFocus();
    causes->setCurrentItem(causes->topLevelItem(0));
    QTest::keyClick(causes, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
}

void TestBuildLogPane::applyFixRequestsTheRuleFix()
{
    BuildLogPane pane;
    pane.setProjectRoot(Logs + u"/projects/platform-pinned"_s);
    pane.setLogText(readLog(u"exec-format-error.log"_s));
    pane.diagnose();
    QPushButton *fix = button(pane, u"Apply Fix"_s);
    QVERIFY(fix);
    QVERIFY(fix->isEnabled());
    QSignalSpy requested(&pane, &BuildLogPane::fixRequested);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const Finding f = requested.at(0).at(0).value<Finding>();
    QCOMPARE(f.ruleId, u"ARM101"_s);
    QCOMPARE(requested.at(0).at(1).toInt(), 0);
    QVERIFY(!f.fixes.isEmpty());
}

void TestBuildLogPane::logOnlyCausesAreNotLinks()
{
    BuildLogPane pane; // no project: the cause points into the log
    pane.setLogText(readLog(u"illegal-instruction.log"_s));
    pane.diagnose();
    QTreeWidget *causes = pane.causesView();
    QCOMPARE(causes->topLevelItemCount(), 1);
    QVERIFY(!causes->topLevelItem(0)->font(0).underline());
    QSignalSpy open(&pane, &BuildLogPane::openLocation);
    Q_EMIT causes->itemActivated(causes->topLevelItem(0), 0);
    QCOMPARE(open.count(), 0);
    QVERIFY(!button(pane, u"Apply Fix"_s)->isEnabled());
}

void TestBuildLogPane::dropAFile()
{
    BuildLogPane pane;
    pane.setProjectRoot(Logs + u"/projects/case3"_s);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *input = pane.findChild<QPlainTextEdit *>();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Logs + u"/no-matching-distribution.log"_s)});
    const QPoint at = input->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(input->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(input->viewport(), &drop);
    QVERIFY(pane.logText().contains(u"apache-tvm==0.9.0"_s));
    QVERIFY(!pane.logText().contains(u"file://"_s)); // read, not inserted as a URL
    QCOMPARE(pane.causesView()->topLevelItemCount(), 1);
    QCOMPARE(pane.causesView()->topLevelItem(0)->text(1), u"ARM304"_s);
    QCOMPARE(pane.causesView()->topLevelItem(0)->text(0), u"Dockerfile:5"_s);
}

void TestBuildLogPane::unknownLog()
{
    BuildLogPane pane;
    pane.setLogText(u"#4 [2/2] RUN make\n#4 0.3 make: *** No targets.  Stop.\n"
                    u"ERROR: failed to solve: process \"/bin/sh -c make\" did not complete successfully: exit code: 2\n"_s);
    pane.diagnose();
    QCOMPARE(pane.causesView()->topLevelItemCount(), 0);
    QVERIFY(pane.statusText().contains(u"No known arm64 failure"_s));
    QVERIFY(pane.statusText().contains(u"No targets"_s));
    QVERIFY(!pane.loadLogFile(u"/nonexistent/build.log"_s));
    QVERIFY(pane.statusText().contains(u"/nonexistent/build.log"_s));
}

QTEST_MAIN(TestBuildLogPane)
#include "tst_buildlogpane.moc"
