#include "scan/ProjectConfig.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

// Bad inputs, file discovery, suppressions and project config. Rule-specific behaviour is
// tested per rule (tst_rule_*), whole cases in tests/workshop.
class TestProjectScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &rel, const QByteArray &data)
    {
        const QString path = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }
    static bool hasError(const ScanResult &r, const QString &file, const QString &needle)
    {
        for (const ScanError &e : r.errors)
            if (e.file == file && e.message.contains(needle) && e.message.contains(file))
                return true;
        return false;
    }
    static QStringList rulesAt(const ScanResult &r, const QString &file)
    {
        QStringList ids;
        for (const Finding &f : r.findings)
            if (f.file == file)
                ids << u"%1@%2"_s.arg(f.ruleId).arg(f.range.line);
        return ids;
    }

    static constexpr const char *goTarball = "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n";

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void findsDockerfilesAndSkipsVendoredTrees()
    {
        QTemporaryDir d;
        const auto mk = [&](const QString &rel) {
            QDir().mkpath(QFileInfo(d.filePath(rel)).absolutePath());
            QFile f(d.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FROM scratch\n");
        };
        for (const char *p : {"Dockerfile", "svc/api.Dockerfile", "svc/Dockerfile.dev", "x/Containerfile", "node_modules/a/Dockerfile",
                              ".git/Dockerfile", "vendor/github.com/x/Dockerfile", "docs/README.md", "legacy/Dockerfile"})
            mk(QString::fromLatin1(p));
        // A symlink loop and a link that leaves the root must not hang or escape.
        QVERIFY(QFile::link(d.path(), d.filePath(u"x/loop"_s)));
        QVERIFY(QFile::link(u"/etc/hostname"_s, d.filePath(u"Dockerfile.outside"_s)));
        ProjectConfig config;
        config.m_ignoreGlobs << u"legacy/**"_s;
        QList<ScanError> errors;
        const QStringList found = ProjectScanner::findDockerfiles(d.path(), config, &errors);
        QCOMPARE(found, (QStringList{u"Dockerfile"_s, u"svc/Dockerfile.dev"_s, u"svc/api.Dockerfile"_s, u"x/Containerfile"_s}));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(u"Dockerfile.outside"_s));
    }

    void badInputsAreReportedNotFatal()
    {
        write(u"empty/Dockerfile"_s, QByteArray());
        write(u"binary/Dockerfile"_s, QByteArray("FROM a\n\0\x01\x02", 10));
        write(u"utf8/Dockerfile"_s, QByteArray("FROM a\n# caf\xe9\n") + goTarball);
        write(u"crlf/Dockerfile"_s, QByteArray("FROM a\r\n") + QByteArray(goTarball).replace("\n", "\r\n"));
        write(u"bom/Dockerfile"_s, QByteArray("\xEF\xBB\xBF" "FROM a\n") + goTarball);
        write(u"heredoc/Dockerfile"_s, "FROM a\nRUN <<EOT\necho never closed\n");
        write(u"cont/Dockerfile"_s, "FROM a\nRUN echo \\");
        write(u"long/Dockerfile"_s, "FROM a\nRUN echo " + QByteArray(10000, 'x') + "\n");
        QByteArray big("FROM a\n");
        big.append(QByteArray(50 * 1024 * 1024, '#'));
        write(u"big/Dockerfile"_s, big);
        const QString unreadable = write(u"unreadable/Dockerfile"_s, "FROM a\n");
        QFile::setPermissions(unreadable, QFileDevice::Permissions());
        const bool root = QFile(unreadable).open(QIODevice::ReadOnly); // root reads anything

        ProjectScanner scanner;
        const ScanResult r = scanner.scan(m_dir.path());
        QVERIFY(hasError(r, u"binary/Dockerfile"_s, u"binary"_s));
        QVERIFY(hasError(r, u"big/Dockerfile"_s, u"MB"_s));
        QVERIFY(hasError(r, u"utf8/Dockerfile"_s, u"UTF-8"_s));
        QVERIFY(hasError(r, u"heredoc/Dockerfile"_s, u"heredoc"_s));
        if (!root)
            QVERIFY(hasError(r, u"unreadable/Dockerfile"_s, u"cannot read"_s));
        for (const ScanError &e : r.errors)
            if (e.file == u"heredoc/Dockerfile"_s)
                QCOMPARE(e.line, 2);
        // Files with problems that could be read are still analysed, at the right lines.
        QCOMPARE(rulesAt(r, u"crlf/Dockerfile"_s), QStringList{u"ARM201@2"_s});
        QCOMPARE(rulesAt(r, u"bom/Dockerfile"_s), QStringList{u"ARM201@2"_s});
        QCOMPARE(rulesAt(r, u"utf8/Dockerfile"_s), QStringList{u"ARM201@3"_s});
        QVERIFY(rulesAt(r, u"empty/Dockerfile"_s).isEmpty());
        for (const Finding &f : r.findings)
            if (f.file == u"bom/Dockerfile"_s)
                QCOMPARE(f.range.column > 1, true);
    }

    void suppressionsAndConfig()
    {
        QTemporaryDir d;
        QFile f(d.filePath(u"Dockerfile"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FROM ubuntu:22.04\n# armlift-ignore=ARM201\nRUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n"
                "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n  && go test -tags amd64 ./...\n");
        f.close();
        ProjectScanner scanner;
        ScanResult r = scanner.scan(d.path());
        QCOMPARE(rulesAt(r, u"Dockerfile"_s), (QStringList{u"ARM201@4"_s, u"ARM401@5"_s}));

        QFile cfg(d.filePath(u".armlift.toml"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("# project settings\ndisable = [\"ARM401\"]\n[severity]\nARM201 = \"warning\"\n");
        cfg.close();
        r = scanner.scan(d.path());
        QCOMPARE(rulesAt(r, u"Dockerfile"_s), QStringList{u"ARM201@4"_s});
        QCOMPARE(r.findings.first().severity, Severity::Warning);

        QFile json(d.filePath(u".armlift.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"disable\": [\"ARM201\"],\n \"ignore\": [");
        json.close();
        r = scanner.scan(d.path());
        QVERIFY(hasError(r, u".armlift"_s, u".armlift.json:2"_s) || !r.errors.isEmpty());
    }

    void singleFileAndOverrides()
    {
        const QString path = write(u"one/Dockerfile"_s, "FROM a\n");
        ProjectScanner scanner;
        QVERIFY(scanner.scan(path).findings.isEmpty());
        ProjectScanner::Options opts;
        opts.overrides.insert(u"Dockerfile"_s, u"FROM a\n"_s + QString::fromLatin1(goTarball));
        const ScanResult r = scanner.scan(QFileInfo(path).absolutePath(), opts);
        QCOMPARE(rulesAt(r, u"Dockerfile"_s), QStringList{u"ARM201@2"_s});
        const ScanResult lint = scanner.lintText(QFileInfo(path).absolutePath(), u"Dockerfile"_s, u"FROM a\n"_s + QString::fromLatin1(goTarball));
        QCOMPARE(rulesAt(lint, u"Dockerfile"_s), QStringList{u"ARM201@2"_s});
    }

    void cancellation()
    {
        for (int i = 0; i < 40; ++i)
            write(u"many/%1/Dockerfile"_s.arg(i), QByteArray("FROM a\n") + goTarball);
        ProjectScanner scanner;
        ProjectScanner::Options opts;
        std::atomic<int> calls{0};
        opts.isCancelled = [&] { return calls.load() >= 3; };
        opts.progress = [&](int, int) { ++calls; };
        const ScanResult r = scanner.scan(m_dir.filePath(u"many"_s), opts);
        QVERIFY(r.cancelled);
        QVERIFY(r.findings.size() < 40);
    }
};

QTEST_GUILESS_MAIN(TestProjectScanner)
#include "tst_projectscanner.moc"
