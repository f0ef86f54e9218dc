// armlift-gui-bench: the desktop application's figures for `./dev bench`, each against a
// baseline measured in the same run (the machines here are noisy):
//   gui-start-to-paint  process start to the first paint of the main window (median of 5
//                       fresh processes), against a bare QWidget window in a fresh process
//   gui-rss-workshop    resident memory with the workshop open and scanned, against a bare
//                       QApplication
//   gui-keystroke-underline  a keystroke in a 1,000-line Dockerfile to its diagnostics being
//                       applied (median over 30 keystrokes), against the re-lint debounce
//   gui-scan-stall-10000  the longest time the GUI event loop did not run while a 10,000-file
//                       tree was scanned and shown, against the whole scan's time
// Usage: armlift-gui-bench BIG_DOCKERFILE WORKSHOP_DIR (run offscreen: QT_QPA_PLATFORM=offscreen)
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "RelintScheduler.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Armlift;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void line(const char *name, double value, const char *unit, double ratio, const QString &baseline)
{
    std::printf("bench %s: %.1f %s (%.2fx %s)\n", name, value, unit, ratio, qPrintable(baseline));
    std::fflush(stdout);
}

double rssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &l : status.readAll().split('\n')) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// Reports the first paint of `widget` on stdout and quits: the parent times the whole process.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *widget)
    {
        widget->installEventFilter(this);
        for (QWidget *child : widget->findChildren<QWidget *>())
            child->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint is done, not before it.
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted\n");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int child(const QString &mode, const QStringList &args)
{
    if (mode == u"startup-main") {
        MainWindow window;
        window.resize(1280, 800);
        FirstPaint paint(&window);
        window.show();
        return QApplication::exec();
    }
    if (mode == u"startup-bare") {
        QWidget window;
        window.resize(1280, 800);
        FirstPaint paint(&window);
        window.show();
        return QApplication::exec();
    }
    if (mode == u"rss-bare") {
        QApplication::processEvents();
        std::printf("%.1f\n", rssMegabytes());
        return 0;
    }
    if (mode == u"rss-workshop") {
        QTemporaryDir dir;
        if (!copyTree(args.value(0), dir.path()))
            return 1;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy scanned(&window, &MainWindow::scanFinished);
        window.openPath(dir.path());
        if (!scanned.wait(120000))
            return 1;
        QTest::qWait(500); // let the first file open, highlight and paint
        std::printf("%.1f\n", rssMegabytes());
        return 0;
    }
    return 2;
}

// Runs this executable in `mode`; returns the wall time to its first line and the line.
std::pair<double, QString> runChild(const QString &mode, const QStringList &args = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s, mode} + args);
    QString first;
    double ms = -1;
    while (process.waitForReadyRead(120000)) {
        if (process.canReadLine()) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            first = QString::fromUtf8(process.readLine()).trimmed();
            break;
        }
    }
    process.waitForFinished(120000);
    if (ms < 0)
        qFatal("armlift-gui-bench: child %s gave no answer", qPrintable(mode));
    return {ms, first};
}

void startup()
{
    QList<double> main;
    QList<double> bare;
    for (int i = 0; i < 5; ++i) {
        bare.append(runChild(u"startup-bare"_s).first);
        main.append(runChild(u"startup-main"_s).first);
    }
    const double m = median(main);
    const double b = median(bare);
    line("gui-start-to-paint", m, "ms",
         m / b, u"bare QWidget window, %1 ms; target < 500 ms"_s.arg(b, 0, 'f', 1));
}

void memory(const QString &workshop)
{
    const double bare = runChild(u"rss-bare"_s).second.toDouble();
    const double open = runChild(u"rss-workshop"_s, {workshop}).second.toDouble();
    line("gui-rss-workshop", open, "MB", open / bare, u"bare QApplication, %1 MB; target < 150 MB"_s.arg(bare, 0, 'f', 1));
}

void keystrokes(const QString &bigDockerfile)
{
    QTemporaryDir dir;
    QFile::copy(bigDockerfile, dir.filePath(u"Dockerfile"_s));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.openPath(dir.path());
    scanned.wait(120000);
    DockerfileEditor *editor = window.editorTabs()->editor(u"Dockerfile"_s);
    if (!editor)
        editor = window.openFile(u"Dockerfile"_s);
    editor->setFocus();
    editor->goToLocation(500, 1);
    QTest::qWait(200);
    QList<double> samples;
    for (int i = 0; i < 30; ++i) {
        QSignalSpy applied(editor, &DockerfileEditor::diagnosticsChanged);
        QElapsedTimer timer;
        timer.start();
        // Alternately type and delete a character, so the text stays the same size.
        if (i % 2 == 0)
            QTest::keyClick(editor, Qt::Key_X);
        else
            QTest::keyClick(editor, Qt::Key_Backspace);
        while (!editor->diagnosticsCurrent() && timer.elapsed() < 30000)
            applied.wait(30000);
        QApplication::processEvents(); // the repaint with the new underlines
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double m = median(samples);
    const int delay = editor->relint()->delay();
    line("gui-keystroke-underline", m, "ms", m / qMax(1, delay),
         u"the re-lint debounce, %1 ms; %2 findings in 1,000 lines"_s.arg(delay).arg(editor->diagnostics().size()));
}

void generateTree(const QString &root, int files)
{
    const QByteArray go = "FROM ubuntu:22.04\n"
                          "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && "
                          "tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                          "RUN go test -tags amd64 ./...\n";
    const QByteArray numpy = "FROM ubuntu:20.04\nRUN pip install numpy==1.18.5\n";
    const QByteArray clean = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n";
    for (int i = 0; i < files; ++i) {
        const QString folder = u"%1/team%2/svc%3"_s.arg(root).arg(i / 100, 3, 10, QLatin1Char('0')).arg(i % 100, 2, 10, QLatin1Char('0'));
        QDir().mkpath(folder);
        QFile f(folder + u"/Dockerfile"_s);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(i % 3 == 0 ? go : i % 3 == 1 ? numpy : clean);
    }
}

void stall()
{
    QTemporaryDir dir;
    constexpr int Files = 10000;
    generateTree(dir.path(), Files);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QTest::qWait(200);
    // A 1 ms timer: the gap between two of its ticks is how long the event loop was busy.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(1);
    qint64 scanEnd = -1;
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        // Where the long stalls are, for whoever tunes this: before or after the scan ended.
        if (now - last > 100'000'000)
            std::fprintf(stderr, "gui-scan-stall-10000: %.0f ms stall ending at %.0f ms (%s)\n", double(now - last) / 1e6,
                         double(now) / 1e6, scanEnd < 0 ? "scanning" : "after the scan");
        longest = qMax(longest, now - last);
        last = now;
    });
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    QObject::connect(&window, &MainWindow::scanFinished, &window, [&] { scanEnd = clock.nsecsElapsed(); });
    clock.start();
    probe.start();
    window.openPath(dir.path());
    scanned.wait(600000);
    const double scanMs = double(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(500); // whatever the window does after the scan counts too
    probe.stop();
    const double stallMs = double(longest) / 1e6;
    std::fprintf(stderr, "gui-scan-stall-10000: %lld findings, %lld files\n", qlonglong(window.findings().size()),
                 qlonglong(window.lastScan().files.size()));
    line("gui-scan-stall-10000", stallMs, "ms", stallMs / scanMs,
         u"the scan, %1 ms; target: no stall over 100 ms"_s.arg(scanMs, 0, 'f', 0));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"--child")
        return child(args.at(2), args.mid(3));
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: armlift-gui-bench BIG_DOCKERFILE WORKSHOP_DIR\n");
        return 2;
    }
    // ARMLIFT_BENCH_ONLY=start|rss|keys|stall runs one figure, for profiling it alone.
    const QByteArray only = qgetenv("ARMLIFT_BENCH_ONLY");
    auto wanted = [&](const char *name) { return only.isEmpty() || only == name; };
    if (wanted("start"))
        startup();
    if (wanted("rss"))
        memory(args.at(2));
    if (wanted("keys"))
        keystrokes(args.at(1));
    if (wanted("stall"))
        stall();
    return 0;
}
