// The main window's "Build for arm64" panel runs a real buildah build that fails, and the log
// goes straight into the build-log doctor, which names the cause on the Dockerfile's line.
// The failing program is a foreign-architecture ELF header: the kernel refuses it with
// ENOEXEC, which is exactly the "exec format error" an amd64 binary gives on an arm64 host.
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "buildlog/BuildLogPane.h"
#include "planner/BuildPlannerPanel.h"

#include "../core/BuildahSandbox.h"

#include <QApplication>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

// A 64-byte ELF64 header for a machine this host does not run natively (aarch64 on x86-64 and
// x86-64 elsewhere). Nothing past the header is needed: the kernel rejects the machine first.
QByteArray foreignElfHeader()
{
    QByteArray elf(64, '\0');
    elf.replace(0, 4, "\x7f" "ELF");
    elf[4] = 2; // ELFCLASS64
    elf[5] = 1; // little endian
    elf[6] = 1; // EV_CURRENT
    elf[16] = 2; // ET_EXEC
    const quint16 machine = QSysInfo::currentCpuArchitecture() == u"x86_64" ? 183 /* EM_AARCH64 */ : 62 /* EM_X86_64 */;
    elf[18] = char(machine & 0xff);
    elf[19] = char(machine >> 8);
    elf[20] = 1; // e_version
    elf[52] = 64; // e_ehsize
    return elf;
}

} // namespace

class TestPlannerDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedBuildIsDiagnosed();
};

void TestPlannerDoctor::failedBuildIsDiagnosed()
{
    if (QStandardPaths::findExecutable(u"buildah"_s).isEmpty())
        QSKIP("buildah is not installed");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(u"tool-image"_s);
    QVERIFY(writeFile(root + u"/Dockerfile"_s, u"FROM scratch\nCOPY kubectl /usr/local/bin/kubectl\nRUN [\"/usr/local/bin/kubectl\", \"version\"]\n"_s));
    QFile tool(root + u"/kubectl"_s); // a downloaded tool of the wrong architecture
    QVERIFY(tool.open(QIODevice::WriteOnly));
    tool.write(foreignElfHeader());
    tool.close();
    QVERIFY(tool.setPermissions(tool.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                | QFileDevice::ExeOther));

    MainWindow window;
    window.setConfirmFixes(false);
    QVERIFY(showAndScan(window, root));

    auto *planner = window.findChild<BuildPlannerPanel *>();
    auto *doctor = window.findChild<BuildLogPane *>();
    QVERIFY(planner && doctor);
    planner->setKind(RecipeKind::Buildah);
    planner->setToolOptions(Testing::buildahStorageOptions(tmp.path()), Testing::buildahBuildOptions());
    // The panel lives in the "Build for arm64" dock, hidden until the user opens it.
    auto *dock = window.findChild<QDockWidget *>(u"plannerDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(planner->runButton()->isVisible());
    QVERIFY(planner->runButton()->isEnabled());
    QVERIFY(doctor->logText().isEmpty());

    QSignalSpy finished(planner, &BuildPlannerPanel::buildFinished);
    QTest::mouseClick(planner->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(240000));
    const QString log = finished.first().at(1).toString();
    QVERIFY2(!finished.first().at(0).toBool(), qPrintable(log));
    QVERIFY2(log.contains(u"exec format error"_s, Qt::CaseInsensitive), qPrintable(log));

    // The main window handed the log to the doctor, showed it and diagnosed it.
    QCOMPARE(doctor->logText().trimmed(), log.trimmed());
    QVERIFY(doctor->isVisible());
    const BuildLogDiagnosis &diagnosis = doctor->diagnosis();
    QVERIFY2(!diagnosis.findings.isEmpty(), qPrintable(doctor->statusText()));
    const Finding &cause = diagnosis.findings.first();
    QCOMPARE(cause.source, u"build-log"_s);
    QCOMPARE(cause.file, u"Dockerfile"_s);
    QCOMPARE(cause.range.line, 3); // RUN ["/usr/local/bin/kubectl", "version"]
    QCOMPARE(cause.ruleId, u"ARM202"_s); // a tool download of the wrong architecture
    QVERIFY(doctor->causesView()->topLevelItemCount() > 0);

    // Activating the cause opens the Dockerfile at that line.
    QSignalSpy opened(doctor, &BuildLogPane::openLocation);
    QTreeWidgetItem *item = doctor->causesView()->topLevelItem(0);
    Q_EMIT doctor->causesView()->itemActivated(item, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toInt(), 3);
}

int main(int argc, char **argv)
{
    Armlift::Testing::reexecWithMountableRoot(argc, argv);
    QApplication app(argc, argv);
    TestPlannerDoctor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_plannerdoctor.moc"
