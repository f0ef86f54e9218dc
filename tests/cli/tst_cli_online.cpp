// The real armlift-scan binary with --online, end to end: base images in a real docker-registry
// on loopback (--insecure-registry) and a package judged from a loopback PyPI (--pypi-url).
// The amd64-only image gets ARM102 (source registry), the multi-arch one nothing, the pinned
// package without an aarch64 wheel ARM301 (source pypi); a second run makes no request.

#include "../net/LoopbackHttpServer.h"
#include "../net/RegistryProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(ARMLIFT_BIN_DIR "/armlift-scan");

struct Run
{
    int exitCode = -1;
    QJsonObject report;
    QString err;
};

} // namespace

class tst_CliOnline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlineFindingsThenCache();
    void offlineWinsAndAsksNothing();

private:
    // Runs armlift-scan without blocking this thread: the loopback PyPI answers from its event loop.
    Run scan(const QStringList &args);
    QJsonArray findings(const QJsonObject &report, const QString &rule) const;

    RegistryProcess m_registry;
    LoopbackHttpServer m_pypi;
    QTemporaryDir m_cacheHome;
    QTemporaryDir m_project;
};

void tst_CliOnline::initTestCase()
{
    QVERIFY2(QFileInfo(Binary).isExecutable(), qPrintable(Binary + u" is missing; build the armlift-scan target"_s));
    QVERIFY2(m_registry.start(), "docker-registry did not start");
    m_registry.pushMultiArch(u"multi"_s, u"1.0"_s);
    m_registry.pushImage(u"amd64only"_s, u"amd64"_s, true, u"1.0"_s);
    QVERIFY(m_pypi.listen());
    m_pypi.setHandler([](const LoopbackHttpServer::Request &req) {
        LoopbackHttpServer::Reply r;
        QFile f(QStringLiteral(ARMLIFT_TEST_DATA "/online/pypi/examplenative.json"));
        if (req.target.startsWith("/pypi/examplenative/") && f.open(QIODevice::ReadOnly))
            r.body = f.readAll();
        else
            r = {404, R"({"message": "Not Found"})", {}, false, -1};
        return r;
    });
    const QByteArray reg = m_registry.hostPort().toUtf8();
    QFile df(m_project.filePath(u"Dockerfile"_s));
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write("FROM " + reg + "/multi:1.0 AS build\n"   // 1: multi-arch
             "RUN pip install examplenative==1.0\n"  // 2: no aarch64 wheel for any CPython
             "FROM " + reg + "/amd64only:1.0\n"       // 3: amd64 only
             "COPY --from=build /app /app\n");
}

Run tst_CliOnline::scan(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CACHE_HOME"_s, m_cacheHome.path()); // the on-disk cache of the online answers
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(Binary, args);
    Run r;
    if (!done.wait(120000)) {
        p.kill();
        r.err = u"armlift-scan did not finish"_s;
        return r;
    }
    r.exitCode = p.exitCode();
    r.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonArray tst_CliOnline::findings(const QJsonObject &report, const QString &rule) const
{
    QJsonArray out;
    for (const QJsonValue &f : report.value(u"findings"_s).toArray()) {
        if (f.toObject().value(u"rule"_s).toString() == rule)
            out.append(f);
    }
    return out;
}

void tst_CliOnline::onlineFindingsThenCache()
{
    const QStringList args{u"--online"_s, u"--insecure-registry"_s, m_registry.hostPort(), u"--pypi-url"_s,
                           m_pypi.url() + u"/pypi"_s, u"--go-dl-url"_s, m_pypi.url() + u"/dl"_s,
                           u"--format"_s, u"json"_s, m_project.path()};
    const Run first = scan(args);
    QCOMPARE(first.exitCode, 1);
    const QJsonArray arm102 = findings(first.report, u"ARM102"_s);
    QVERIFY2(arm102.size() == 1, qPrintable(first.err));
    QCOMPARE(arm102.at(0)[u"line"_s].toInt(), 3);
    QCOMPARE(arm102.at(0)[u"source"_s].toString(), u"registry"_s);
    QVERIFY2(arm102.at(0)[u"message"_s].toString().contains(u"linux/amd64"_s), qPrintable(arm102.at(0)[u"message"_s].toString()));
    const QJsonArray arm301 = findings(first.report, u"ARM301"_s);
    QVERIFY2(arm301.size() == 1, qPrintable(first.err));
    QCOMPARE(arm301.at(0)[u"line"_s].toInt(), 2);
    QCOMPARE(arm301.at(0)[u"source"_s].toString(), u"pypi"_s);
    for (const QJsonValue &f : first.report.value(u"findings"_s).toArray())
        QVERIFY2(f[u"line"_s].toInt() != 1, "the multi-arch image has no finding");
    QVERIFY2(first.err.contains(u"online: registry online, pypi online"_s), qPrintable(first.err));
    const qsizetype pypiRequests = m_pypi.requests.size();
    QVERIFY(pypiRequests >= 1);

    // The same scan again: everything from the cache, not one request.
    const Run second = scan(args);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"; 0 requests"_s), qPrintable(second.err));
    QCOMPARE(m_pypi.requests.size(), pypiRequests);
    QCOMPARE(findings(second.report, u"ARM102"_s).size(), 1);
    QCOMPARE(findings(second.report, u"ARM301"_s).size(), 1);
    QCOMPARE(findings(second.report, u"ARM301"_s).at(0)[u"source"_s].toString(), u"cache"_s);
}

void tst_CliOnline::offlineWinsAndAsksNothing()
{
    const qsizetype before = m_pypi.requests.size();
    const Run r = scan({u"--online"_s, u"--offline"_s, u"--insecure-registry"_s, m_registry.hostPort(),
                        u"--pypi-url"_s, m_pypi.url() + u"/pypi"_s, u"--format"_s, u"json"_s, m_project.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(findings(r.report, u"ARM102"_s).isEmpty());
    QVERIFY(findings(r.report, u"ARM301"_s).isEmpty());
    QCOMPARE(m_pypi.requests.size(), before);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tst_CliOnline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_online.moc"
