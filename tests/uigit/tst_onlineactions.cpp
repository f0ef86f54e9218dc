// File > Check Online in the real main window, offscreen, against a real docker-registry and a
// loopback PyPI: the check runs off the GUI thread with a busy bar and Cancel in the status bar,
// and its findings (source registry / pypi) reach the Problems view and the editor underlines.

#include "../net/LoopbackHttpServer.h"
#include "../net/RegistryProcess.h"

#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "credentials/CredentialStore.h"
#include "online/OnlineActions.h"
#include "online/OnlinePreferences.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class tst_OnlineActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionInMenuAndDisabledWithoutProject();
    void checkMergesRegistryAndPypiFindings();
    void secondCheckAnswersFromCache();
    void cancelKeepsFindings();
    void editDuringCheckDropsTheResult();

private:
    void openProject();
    QList<Finding> findingsOf(const QString &rule) const;

    RegistryProcess m_registry;
    LoopbackHttpServer *m_pypi = nullptr;
    QTemporaryDir m_cacheHome;
    std::unique_ptr<QTemporaryDir> m_project;
    MainWindow *m_window = nullptr;
    bool m_hangPypi = false;
    quint16 m_pypiPort = 0;
};

void tst_OnlineActions::initTestCase()
{
    QVERIFY2(m_registry.start(), "docker-registry did not start");
    m_registry.pushMultiArch(u"multi"_s, u"1.0"_s);
    m_registry.pushImage(u"amd64only"_s, u"amd64"_s, true, u"1.0"_s);
    m_pypi = new LoopbackHttpServer(this);
    QVERIFY(m_pypi->listen());
    m_pypiPort = m_pypi->port();
    m_pypi->setHandler([this](const LoopbackHttpServer::Request &req) {
        LoopbackHttpServer::Reply r;
        r.hang = m_hangPypi;
        QFile f(QStringLiteral(ARMLIFT_TEST_DATA "/online/pypi/examplenative.json"));
        if (req.target.startsWith("/pypi/examplenative/") && f.open(QIODevice::ReadOnly))
            r.body = f.readAll();
        else
            r = {404, R"({"message": "Not Found"})", {}, m_hangPypi, -1};
        return r;
    });
    // The on-disk cache goes to a throw-away folder (QStandardPaths reads XDG_CACHE_HOME).
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome.path()));
    OnlinePreferences::setInsecureRegistries({m_registry.hostPort()});
    OnlinePreferences::setPypiUrl(m_pypi->url() + u"/pypi"_s);
    OnlinePreferences::setGoDlUrl(m_pypi->url() + u"/dl"_s);
}

void tst_OnlineActions::init()
{
    m_hangPypi = false;
    if (m_pypi->port() == 0) // closed by a test to end its hanging requests
        QVERIFY(m_pypi->listen(m_pypiPort));
    QDir(m_cacheHome.path()).removeRecursively();
    m_pypi->requests.clear();
}

void tst_OnlineActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_project.reset();
}

void tst_OnlineActions::openProject()
{
    m_project = std::make_unique<QTemporaryDir>();
    const QByteArray reg = m_registry.hostPort().toUtf8();
    QFile f(m_project->filePath(u"Dockerfile"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("FROM " + reg + "/multi:1.0 AS build\n"          // 1: multi-arch: no finding
            "RUN pip install examplenative==1.0\n"         // 2: no aarch64 wheel on the loopback PyPI
            "FROM " + reg + "/amd64only:1.0\n"              // 3: amd64 only: ARM102
            "COPY --from=build /app /app\n");
    f.close();
    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy scanned(m_window, &MainWindow::scanFinished);
    QVERIFY(m_window->openPath(m_project->path()));
    QVERIFY(scanned.wait(60000));
    QVERIFY(m_window->editorTabs()->editor(u"Dockerfile"_s));
}

QList<Finding> tst_OnlineActions::findingsOf(const QString &rule) const
{
    QList<Finding> out;
    for (const Finding &f : m_window->findings()) {
        if (f.ruleId == rule)
            out.append(f);
    }
    return out;
}

void tst_OnlineActions::actionInMenuAndDisabledWithoutProject()
{
    m_window = new MainWindow;
    m_window->show();
    OnlineActions *online = m_window->onlineActions();
    QVERIFY(online);
    QAction *check = online->checkAction();
    QCOMPARE(check->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    bool inMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(check))
            inMenu = menu->menu()->actions().contains(online->settingsAction());
    }
    QVERIFY(inMenu);
    QVERIFY(m_window->actions().contains(check)); // the shortcut works with the menu closed
    QVERIFY(!check->isEnabled());
    delete m_window;
    m_window = nullptr;
    openProject();
    QVERIFY(m_window->onlineActions()->checkAction()->isEnabled());
}

void tst_OnlineActions::checkMergesRegistryAndPypiFindings()
{
    openProject();
    OnlineActions *online = m_window->onlineActions();
    QVERIFY(online->checkAction()->isEnabled());
    QVERIFY(findingsOf(u"ARM301"_s).isEmpty()); // the knowledge base does not know examplenative
    QSignalSpy finished(online, &OnlineActions::checkFinished);
    QSignalSpy changed(m_window, &MainWindow::findingsChanged);
    online->checkAction()->trigger();
    // Off the GUI thread: the window is still responsive and shows the busy bar and Cancel.
    QVERIFY(online->isChecking());
    QVERIFY(online->progressBar()->isVisible());
    QVERIFY(online->cancelButton()->isVisible());
    QVERIFY(!online->checkAction()->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!online->progressBar()->isVisible());
    QVERIFY(!online->cancelButton()->isVisible());
    QVERIFY(changed.size() >= 1);

    const QList<Finding> arm102 = findingsOf(u"ARM102"_s);
    QVERIFY2(arm102.size() == 1, qPrintable(online->statusText()));
    QCOMPARE(arm102.first().range.line, 3);
    QCOMPARE(arm102.first().source, u"registry"_s);
    QVERIFY2(arm102.first().message.contains(u"amd64only"_s), qPrintable(arm102.first().message));
    const QList<Finding> arm301 = findingsOf(u"ARM301"_s);
    QCOMPARE(arm301.size(), 1);
    QCOMPARE(arm301.first().range.line, 2);
    QCOMPARE(arm301.first().source, u"pypi"_s);

    // The Problems view and the editor's underlines got them too.
    ProblemsModel *model = m_window->problemsView()->model();
    QStringList sources;
    for (int row = 0; row < model->rowCount(); ++row)
        sources.append(model->finding(row)->source);
    QVERIFY2(sources.contains(u"registry"_s) && sources.contains(u"pypi"_s), qPrintable(sources.join(u' ')));
    DockerfileEditor *editor = m_window->editorTabs()->editor(u"Dockerfile"_s);
    QCOMPARE(editor->diagnosticsOnLine(3).size(), 1);
    QCOMPARE(editor->diagnosticsOnLine(3).first().source, u"registry"_s);
    QVERIFY(editor->diagnosticsOnLine(1).isEmpty());
    QVERIFY2(online->statusText().contains(u"registry online, PyPI online"_s), qPrintable(online->statusText()));
    QVERIFY(m_pypi->requests.size() >= 1);
    QCOMPARE(m_window->lastScan().findings.size(), m_window->findings().size()); // reports include them
}

void tst_OnlineActions::secondCheckAnswersFromCache()
{
    openProject();
    OnlineActions *online = m_window->onlineActions();
    QSignalSpy finished(online, &OnlineActions::checkFinished);
    online->checkOnline();
    QVERIFY(finished.wait(30000));
    const qsizetype served = m_pypi->requests.size();
    online->checkOnline();
    QVERIFY(finished.wait(30000));
    QCOMPARE(online->lastReport().requests, 0);
    QCOMPARE(m_pypi->requests.size(), served);
    QVERIFY2(online->statusText().contains(u"0 requests"_s), qPrintable(online->statusText()));
    QCOMPARE(findingsOf(u"ARM102"_s).size(), 1);
    QCOMPARE(findingsOf(u"ARM301"_s).size(), 1);
    QCOMPARE(findingsOf(u"ARM301"_s).first().source, u"cache"_s);
}

void tst_OnlineActions::cancelKeepsFindings()
{
    openProject();
    m_hangPypi = true; // the PyPI question never gets an answer
    const QList<Finding> before = m_window->findings();
    OnlineActions *online = m_window->onlineActions();
    QSignalSpy finished(online, &OnlineActions::checkFinished);
    online->checkOnline();
    QTRY_VERIFY_WITH_TIMEOUT(!m_pypi->requests.isEmpty(), 20000); // in flight
    QVERIFY(online->isChecking());
    QTest::mouseClick(online->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!online->isChecking());
    QVERIFY(online->checkAction()->isEnabled());
    QVERIFY(online->statusText().contains(u"cancelled"_s));
    QCOMPARE(m_window->findings().size(), before.size());
    QTest::qWait(300); // a late result of the cancelled check must not arrive
    QCOMPARE(finished.size(), 1);
    QVERIFY(findingsOf(u"ARM301"_s).isEmpty());
}

void tst_OnlineActions::editDuringCheckDropsTheResult()
{
    openProject();
    m_hangPypi = true;
    OnlineActions *online = m_window->onlineActions();
    QSignalSpy finished(online, &OnlineActions::checkFinished);
    online->checkOnline();
    QTRY_VERIFY_WITH_TIMEOUT(!m_pypi->requests.isEmpty(), 20000);
    DockerfileEditor *editor = m_window->editorTabs()->editor(u"Dockerfile"_s);
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(u"# edited\n"_s);
    m_pypi->close(); // ends the hanging request: PyPI fails, the check finishes, its answer is stale
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(online->statusText().contains(u"changed during the online check"_s), qPrintable(online->statusText()));
    QVERIFY(findingsOf(u"ARM102"_s).isEmpty());
}

int main(int argc, char **argv)
{
    qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tst_OnlineActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_onlineactions.moc"
