// CPack: this build tree packaged as .deb and .tar.gz (into a temporary folder, never the
// build tree), the .deb's control data checked, the .deb unpacked with `dpkg -x` (never
// installed) and the unpacked armlift-scan and an offscreen `armlift --screenshot` run from it.
// Slow (strip, xz, dpkg-shlibdeps): a file of its own with a 15-minute budget.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString BuildDir = QStringLiteral(ARMLIFT_BUILD_DIR);
const QString AppId = QStringLiteral(ARMLIFT_APP_ID);
const QString Version = QStringLiteral(ARMLIFT_VERSION);

struct Result
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, const QString &workingDir = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Result &r)
{
    return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(r.code).arg(r.out.right(4000), r.err.right(4000));
}

QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    auto be32 = [&](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
            | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class TstCpack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_tgz;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"dpkg-deb"_s).isEmpty(), "dpkg-deb is not installed");
        // -B: packages and CPack's staging go to the temporary folder, not the build tree.
        const Result r = run(QStringLiteral(ARMLIFT_CPACK_COMMAND),
                             {u"-G"_s, u"DEB;TGZ"_s, u"-B"_s, m_dir.path(), u"--config"_s,
                              BuildDir + u"/CPackConfig.cmake"_s},
                             BuildDir, 600000);
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        const QStringList debs = QDir(m_dir.path()).entryList({u"*.deb"_s}, QDir::Files);
        const QStringList tgzs = QDir(m_dir.path()).entryList({u"*.tar.gz"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(tgzs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        m_tgz = m_dir.filePath(tgzs.first());
    }

    void packageNamesCarryTheVersion()
    {
        QVERIFY2(QFileInfo(m_deb).fileName().startsWith(u"armlift_"_s + Version + u'_'), qPrintable(m_deb));
        QVERIFY2(QFileInfo(m_tgz).fileName().startsWith(u"armlift-"_s + Version + u"-linux-"_s), qPrintable(m_tgz));
        // CPACK_PACKAGE_CHECKSUM: a .sha256 next to each package.
        QVERIFY(QFile::exists(m_deb + u".sha256"_s));
        QVERIFY(QFile::exists(m_tgz + u".sha256"_s));
    }

    void debControlData()
    {
        const Result r = run(u"dpkg-deb"_s, {u"--field"_s, m_deb, u"Package"_s, u"Version"_s, u"Depends"_s});
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"Package: armlift\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Version: "_s + Version + u'\n'), qPrintable(r.out));
        // Library dependencies (from dpkg-shlibdeps or the fallback list) name Qt and libgit2.
        QVERIFY2(r.out.contains(u"libqt6core6"_s) && r.out.contains(u"libgit2"_s), qPrintable(r.out));
    }

    void unpackedDebRuns()
    {
        const QString root = m_dir.filePath(u"unpacked"_s);
        const Result x = run(u"dpkg"_s, {u"-x"_s, m_deb, root});
        QVERIFY2(x.finished && x.code == 0, qPrintable(describe(x)));
        const QStringList expected = {u"usr/bin/armlift"_s, u"usr/bin/armlift-scan"_s,
                                      u"usr/share/applications/"_s + AppId + u".desktop"_s,
                                      u"usr/share/metainfo/"_s + AppId + u".metainfo.xml"_s,
                                      u"usr/share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s,
                                      u"usr/share/icons/hicolor/48x48/apps/"_s + AppId + u".png"_s,
                                      u"usr/share/doc/armlift/CHANGELOG.md"_s};
        for (const QString &f : expected)
            QVERIFY2(QFile::exists(root + u'/' + f), qPrintable(f));

        const Result version = run(root + u"/usr/bin/armlift-scan"_s, {u"--version"_s});
        QVERIFY2(version.finished && version.code == 0, qPrintable(describe(version)));
        QCOMPARE(version.out.trimmed(), u"armlift-scan "_s + Version);

        // The unpacked GUI renders the unpacked workshop offscreen (QT_QPA_PLATFORM=offscreen
        // comes from the test environment).
        const QString shot = m_dir.filePath(u"screenshot.png"_s);
        const Result gui = run(root + u"/usr/bin/armlift"_s,
                               {u"--screenshot"_s, shot, root + u"/usr/share/armlift/workshop"_s}, {}, 240000);
        QVERIFY2(gui.finished && gui.code == 0, qPrintable(describe(gui)));
        QCOMPARE(pngSize(shot), QSize(1280, 800));
    }

    void tarballHasTheSameTree()
    {
        const Result r = run(u"tar"_s, {u"-tzf"_s, m_tgz});
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        const QString top = QFileInfo(m_tgz).fileName().chopped(7); // without .tar.gz
        const QStringList expected = {u"/bin/armlift-scan"_s, u"/bin/armlift"_s,
                                      u"/share/applications/"_s + AppId + u".desktop"_s,
                                      u"/share/metainfo/"_s + AppId + u".metainfo.xml"_s};
        for (const QString &f : expected)
            QVERIFY2(r.out.contains(top + f + u'\n'), qPrintable(top + f));
    }
};

int main(int argc, char *argv[])
{
    // cpack strips, compresses and runs dpkg-shlibdeps over a debug build: give the test
    // functions more than Qt Test's default 5 minutes (ctest's TIMEOUT is raised to match).
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TstCpack test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cpack.moc"
