// armlift-bench: the figures `./dev bench` prints. Each figure is a ratio against a baseline
// measured in the same run, because the machines here are noisy.
//   lint-1000   parse + every rule on a generated 1,000-line Dockerfile (median), against
//               dockerfile-utils validate() timed by ../shared/bench/peer_dockerfile_utils.js
//   lint-1000-distinct  the same with every RUN text made unique, so no work is shared
//               between the generator's identical stages (same peer figure)
//   relint      the same after a one-line edit (IncrementalLinter, as the editor re-lints),
//               against the 2 ms budget; the result is checked against a full lint
//   tree-scan   a scan of a generated 10,000-file tree, against just reading those files: the
//               baseline walks the tree and reads every file on one thread (what `cat` of the
//               tree costs); the scan walks the same tree, reads the 2,000 files it analyses and
//               lints them on the thread pool. Both run after a warm-up walk (page cache warm).
// ARMLIFT_BENCH_ONLY=lint|lint-1000|lint-1000-distinct|relint|tree runs one figure or the two lint
// figures (for a profiler); stderr also gives the
// median CPU time of the lint figures, which a loaded machine does not inflate.
#include "lint/IncrementalLinter.h"
#include "scan/ProjectScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Armlift;
using namespace Qt::StringLiterals;

static double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// CPU time of this thread: on a loaded machine it tells what the wall clock hides.
static double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

static void line(const char *name, double value, const char *unit, double ratio, const QString &baseline)
{
    std::printf("bench %s: %.3f %s (%.1fx %s)\n", name, value, unit, ratio, qPrintable(baseline));
    std::fflush(stdout);
}

static void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: armlift-bench BIG_DOCKERFILE [PEER_MEDIAN_MS]\n");
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(args.at(1)));
    const QString text = QString::fromUtf8(in.readAll());
    const double peerMs = args.size() > 2 ? args.at(2).toDouble() : 0.0;
    ProjectScanner scanner;
    QTemporaryDir dir;
    const QByteArray only = qgetenv("ARMLIFT_BENCH_ONLY");
    auto wanted = [&](const char *name) { return only.isEmpty() || only == name; };
    // ARMLIFT_BENCH_RUNS=N times N lints instead of 100 (a profiler under valgrind needs few).
    const int runs = qEnvironmentVariableIsSet("ARMLIFT_BENCH_RUNS") ? qEnvironmentVariableIntValue("ARMLIFT_BENCH_RUNS") : 100;

    // Times full lints of `input` and prints the figure `name` against the peer.
    auto benchLint = [&](const char *name, const QString &input) {
        int findings = 0;
        for (int i = 0; i < 5; ++i)
            findings = int(scanner.lintText(dir.path(), QStringLiteral("Dockerfile"), input).findings.size());
        QList<double> times, cpu;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            const double c0 = threadCpuMs();
            t.start();
            scanner.lintText(dir.path(), QStringLiteral("Dockerfile"), input);
            times.append(t.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - c0);
        }
        const double lintMs = median(times);
        std::fprintf(stderr, "%s: %d findings, %lld lines, median CPU %.3f ms\n", name, findings,
                     qlonglong(input.count(u'\n')), median(cpu));
        if (peerMs > 0)
            line(name, lintMs, "ms", peerMs / lintMs, QStringLiteral("dockerfile-utils (%1 ms)").arg(peerMs, 0, 'f', 3));
        else
            std::printf("bench %s: %.3f ms (no peer figure: node/npm unavailable)\n", name, lintMs);
        return findings;
    };
    const bool lintSame = wanted("lint") || wanted("lint-1000");
    const bool lintDistinct = wanted("lint") || wanted("lint-1000-distinct");
    if (lintSame || lintDistinct) {
        const int findings = lintSame ? benchLint("lint-1000", text)
                                      : int(scanner.lintText(dir.path(), QStringLiteral("Dockerfile"), text).findings.size());
        if (lintDistinct) {
            // The generated stages repeat the same RUN texts, and the engine shares work between
            // equal texts (split commands, parsed images). Every RUN made unique (a no-op `: N &&`
            // in front) shows the figure without that help; it must find the same problems.
            QStringList lines = text.split(u'\n');
            int n = 0;
            for (QString &l : lines)
                if (l.startsWith(u"RUN "))
                    l.insert(4, u": "_s + QString::number(++n) + u" && "_s);
            if (benchLint("lint-1000-distinct", lines.join(u'\n')) != findings)
                qFatal("lint-1000-distinct: the unique RUN texts changed the findings");
        }
    }
    if (wanted("relint")) {
        // relint after a one-line edit: the editor's IncrementalLinter, warm with the text before it.
        IncrementalLinter linter;
        linter.lint(dir.path(), QStringLiteral("Dockerfile"), text);
        QString edited = text;
        QList<double> times, cpu;
        int incremental = 0;
        // The same pin typed back and forth, so every lint sees a real change.
        const qsizetype at = edited.indexOf(QStringLiteral("scipy==1.5.2"));
        for (int i = 0; i < 100; ++i) {
            edited.replace(at, 12, i % 2 ? QStringLiteral("scipy==1.5.2") : QStringLiteral("scipy==1.5.3"));
            QElapsedTimer t;
            const double c0 = threadCpuMs();
            t.start();
            linter.lint(dir.path(), QStringLiteral("Dockerfile"), edited);
            times.append(t.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - c0);
            incremental += linter.lastWasIncremental() ? 1 : 0;
        }
        // The figure only counts if the result is the full lint's.
        const ScanResult full = scanner.lintText(dir.path(), QStringLiteral("Dockerfile"), edited);
        const ScanResult inc = linter.lint(dir.path(), QStringLiteral("Dockerfile"), edited);
        if (full.findings != inc.findings)
            qFatal("relint: the incremental result differs from the full lint");
        std::fprintf(stderr, "relint: %d of 100 incremental, %lld findings, median CPU %.3f ms\n", incremental,
                     qlonglong(inc.findings.size()), median(cpu));
        const double relintMs = median(times);
        line("relint", relintMs, "ms", 2.0 / relintMs, QStringLiteral("2 ms budget"));
    }
    if (wanted("tree")) {
        // tree-scan: 1,000 Dockerfiles with requirements files among 10,000 files.
        const QString root = dir.filePath(QStringLiteral("tree"));
        const QByteArray dockerfile =
            "FROM python:3.11-slim AS base\nARG TARGETARCH\nWORKDIR /app\nCOPY requirements.txt .\n"
            "RUN pip install -r requirements.txt\nRUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n"
            "COPY . .\nCMD [\"python\", \"app.py\"]\n";
        const QByteArray requirements = "flask==3.0.0\nnumpy==1.18.5\nrequests>=2.31\n";
        const QByteArray source = QByteArray("import os\n\ndef handler(event):\n    return os.environ.get('X')\n").repeated(8);
        int files = 0;
        for (int s = 0; s < 1000; ++s) {
            const QString svc = root + QStringLiteral("/group%1/svc%2").arg(s / 50).arg(s);
            QDir().mkpath(svc);
            writeFile(svc + QStringLiteral("/Dockerfile"), dockerfile);
            writeFile(svc + QStringLiteral("/requirements.txt"), requirements);
            files += 2;
            for (int k = 0; k < 8; ++k, ++files)
                writeFile(svc + QStringLiteral("/module%1.py").arg(k), source);
        }
        auto readAll = [&] {
            qint64 bytes = 0;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    bytes += f.readAll().size();
            }
            return bytes;
        };
        readAll(); // warm the page cache for both sides
        QList<double> readTimes, scanTimes;
        int scanFindings = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            readAll();
            readTimes.append(t.nsecsElapsed() / 1e6);
            t.restart();
            scanFindings = int(scanner.scan(root).findings.size());
            scanTimes.append(t.nsecsElapsed() / 1e6);
        }
        const double readMs = median(readTimes), scanMs = median(scanTimes);
        std::fprintf(stderr, "tree-scan: %d files, %d findings, baseline read %lld bytes\n", files, scanFindings,
                     qlonglong(readAll()));
        line("tree-scan", scanMs, "ms", scanMs / readMs, QStringLiteral("read-only baseline (%1 ms); target <= 2x").arg(readMs, 0, 'f', 1));
    }
    return 0;
}
