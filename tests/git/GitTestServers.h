#pragma once

// Real git servers on 127.0.0.1 for the git tests: git daemon, git http-backend behind lighttpd
// (optionally with basic auth), sshd with throw-away keys. Each is started by the test on an
// ephemeral port and stopped by its destructor. Header-only: tests/<area>/tst_*.cpp are the
// only compiled files.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

namespace ArmliftTest {

using namespace Qt::StringLiterals;

inline int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

inline bool portBindable(int port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, quint16(port));
}

inline bool waitForPort(int port, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline RunResult run(const QString &program, const QStringList &args, const QString &cwd = {},
                     const QByteArray &input = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline QString git(const QString &cwd, const QStringList &args)
{
    const RunResult r = run(u"git"_s, QStringList{u"-c"_s, u"user.name=Fixture"_s, u"-c"_s,
                                                  u"user.email=fixture@example.org"_s} + args, cwd);
    if (r.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
    return r.out.trimmed();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// A work repository with a Dockerfile, then a bare copy `<base>/<name>.git` servers export.
inline QString makeBareRepository(const QString &base, const QString &name, int randomMegabytes = 0)
{
    const QString work = base + u"/src-"_s + name;
    QDir().mkpath(work);
    git(work, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags amd64 ./...\n");
    writeFile(work + u"/README.md"_s, "fixture\n");
    // Incompressible files make a transfer long enough to cancel in the middle.
    for (int i = 0; i < randomMegabytes; ++i) {
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        writeFile(work + u"/blobs/b%1.bin"_s.arg(i), data);
    }
    git(work, {u"add"_s, u"-A"_s});
    git(work, {u"commit"_s, u"-q"_s, u"-m"_s, u"initial"_s});
    git(work, {u"branch"_s, u"release"_s});
    const QString bare = base + u'/' + name + u".git"_s;
    git(base, {u"clone"_s, u"-q"_s, u"--bare"_s, work, bare});
    return bare;
}

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }
    int port() const { return m_port; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

protected:
    bool startAndWait(const QString &program, const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(5000))
            return false;
        return waitForPort(m_port);
    }
    QProcess m_process;
    int m_port = 0;
};

// git daemon exporting every repository under `base` (push allowed).
class GitDaemon : public ServerProcess
{
public:
    bool start(const QString &base)
    {
        m_port = freePort();
        return startAndWait(u"git"_s, {u"daemon"_s, u"--reuseaddr"_s, u"--export-all"_s, u"--enable=receive-pack"_s,
                                       u"--listen=127.0.0.1"_s, u"--port=%1"_s.arg(m_port),
                                       u"--base-path=%1"_s.arg(base), base});
    }
    QString url(const QString &repo) const { return u"git://127.0.0.1:%1/%2"_s.arg(m_port).arg(repo); }
};

// lighttpd + git http-backend; repositories under /git/ are anonymous, under /private/ need
// basic auth from the htpasswd user given.
class HttpGitServer : public ServerProcess
{
public:
    bool start(const QString &base, const QString &dir, const QString &user = {}, const QString &password = {})
    {
        m_port = freePort();
        const QString htpasswd = dir + u"/htpasswd"_s;
        if (!user.isEmpty()) {
            if (run(u"htpasswd"_s, {u"-cbB"_s, htpasswd, user, password}).exitCode != 0)
                return false;
        } else {
            writeFile(htpasswd, "");
        }
        const QString conf = u"server.document-root = \"%1\"\n"
                             "server.port = %2\n"
                             "server.bind = \"127.0.0.1\"\n"
                             "server.errorlog = \"%3/error.log\"\n"
                             "server.modules = (\"mod_alias\", \"mod_setenv\", \"mod_auth\", \"mod_authn_file\", \"mod_cgi\")\n"
                             "auth.backend = \"htpasswd\"\n"
                             "auth.backend.htpasswd.userfile = \"%4\"\n"
                             "alias.url = (\"/git\" => \"/usr/lib/git-core/git-http-backend\",\n"
                             "             \"/private\" => \"/usr/lib/git-core/git-http-backend\")\n"
                             "$HTTP[\"url\"] =~ \"^/git\" {\n"
                             "  cgi.assign = (\"/git-http-backend\" => \"\")\n"
                             "  setenv.add-environment = (\"GIT_PROJECT_ROOT\" => \"%1\", \"GIT_HTTP_EXPORT_ALL\" => \"1\")\n"
                             "}\n"
                             "$HTTP[\"url\"] =~ \"^/private\" {\n"
                             "  cgi.assign = (\"/git-http-backend\" => \"\")\n"
                             "  setenv.add-environment = (\"GIT_PROJECT_ROOT\" => \"%1\", \"GIT_HTTP_EXPORT_ALL\" => \"1\")\n"
                             "  auth.require = (\"\" => (\"method\" => \"basic\", \"realm\" => \"git\", \"require\" => \"valid-user\"))\n"
                             "}\n"_s.arg(base).arg(m_port).arg(dir, htpasswd);
        writeFile(dir + u"/lighttpd.conf"_s, conf.toUtf8());
        return startAndWait(u"/usr/sbin/lighttpd"_s, {u"-D"_s, u"-f"_s, dir + u"/lighttpd.conf"_s});
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(path); }
};

// A TLS front for another loopback port with a fresh self-signed certificate (openssl), so
// libgit2's certificate check sees a real, untrusted chain.
class TlsProxy : public ServerProcess
{
public:
    QString certificate;

    bool start(const QString &dir, int backendPort)
    {
        certificate = dir + u"/cert.pem"_s;
        const QString key = dir + u"/key.pem"_s;
        if (run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                               u"-out"_s, certificate, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s})
                .exitCode != 0)
            return false;
        const QByteArray script = R"PY(
import socket, ssl, sys, threading
cert, key, port, backend = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
srv = socket.create_server(("127.0.0.1", port))
def pipe(a, b):
    try:
        while True:
            d = a.recv(65536)
            if not d:
                break
            b.sendall(d)
    except OSError:
        pass
    for s in (a, b):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
def handle(c):
    try:
        t = ctx.wrap_socket(c, server_side=True)
    except (ssl.SSLError, OSError):
        c.close()
        return
    b = socket.create_connection(("127.0.0.1", backend))
    threading.Thread(target=pipe, args=(t, b), daemon=True).start()
    pipe(b, t)
while True:
    c, _ = srv.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
)PY";
        writeFile(dir + u"/tls_proxy.py"_s, script);
        m_port = freePort();
        return startAndWait(u"python3"_s, {dir + u"/tls_proxy.py"_s, certificate, key, QString::number(m_port),
                                           QString::number(backendPort)});
    }
    QString url(const QString &path) const { return u"https://127.0.0.1:%1/%2"_s.arg(m_port).arg(path); }
    // "AB:CD:…", as openssl x509 -fingerprint -sha256 prints it.
    QString fingerprint() const
    {
        const QString out = run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, certificate}).out;
        return out.section(u'=', 1).trimmed();
    }
};

// sshd as root with a generated ed25519 host key; `userKey` (no passphrase) and
// `passphraseKey` (passphrase "open sesame") may log in.
class SshServer : public ServerProcess
{
public:
    QString hostKey, userKey, passphraseKey;
    bool listensOn22 = false;

    bool start(const QString &dir)
    {
        hostKey = dir + u"/host_ed25519"_s;
        userKey = dir + u"/user_ed25519"_s;
        passphraseKey = dir + u"/user_pp_ed25519"_s;
        for (const auto &[key, pass] : {std::pair{hostKey, u""_s}, std::pair{userKey, u""_s},
                                        std::pair{passphraseKey, u"open sesame"_s}}) {
            if (run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, pass, u"-f"_s, key}).exitCode != 0)
                return false;
        }
        QFile user(userKey + u".pub"_s), pp(passphraseKey + u".pub"_s);
        if (!user.open(QIODevice::ReadOnly) || !pp.open(QIODevice::ReadOnly))
            return false;
        writeFile(dir + u"/authorized_keys"_s, user.readAll() + pp.readAll());
        m_port = freePort();
        // scp-like URLs (user@host:path) cannot name a port: listen on 22 too when it is free.
        listensOn22 = portBindable(22);
        QString conf = u"ListenAddress 127.0.0.1:%1\n"_s.arg(m_port);
        if (listensOn22)
            conf += u"ListenAddress 127.0.0.1:22\n"_s;
        conf += u"HostKey %1\nPidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
                "PermitRootLogin yes\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nLogLevel ERROR\n"_s.arg(hostKey, dir);
        writeFile(dir + u"/sshd_config"_s, conf.toUtf8());
        QDir().mkpath(u"/run/sshd"_s);
        return startAndWait(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, dir + u"/sshd_config"_s});
    }
    QString url(const QString &absolutePath) const
    {
        return u"ssh://root@127.0.0.1:%1%2"_s.arg(m_port).arg(absolutePath);
    }
    // The known_hosts line ssh-keyscan would print for this server.
    QByteArray knownHostsLine() const
    {
        QFile f(hostKey + u".pub"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
        return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n';
    }
    QString fingerprint() const
    {
        const QString out = run(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, hostKey + u".pub"_s}).out;
        return out.section(u' ', 1, 1);
    }
};

// Keeps tests away from the user's HOME: ~/.ssh, ~/.gitconfig and the settings go to a
// throw-away folder created before libgit2 reads HOME.
inline void isolateHome()
{
    static QTemporaryDir home(QDir::tempPath() + u"/armlift-git-home-XXXXXX"_s);
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + u"/.config"_s));
    qunsetenv("SSH_AUTH_SOCK");
    qunsetenv("GIT_CONFIG_GLOBAL");
}

} // namespace ArmliftTest
