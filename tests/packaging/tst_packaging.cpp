// Packaging: the desktop file and the AppStream metainfo validate with the freedesktop tools,
// the version reaches the metainfo from the CMake project version and the CHANGELOG, the icons
// are rendered at every size, and the AppImage recipe's AppDir step (cmake --install of this
// build tree) yields an FHS tree whose binaries run from there. The CPack .deb is in tst_cpack.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(ARMLIFT_SOURCE_DIR);
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

Result run(const QString &program, const QStringList &args, int timeoutMs = 120000,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
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
    return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(r.code).arg(r.out, r.err);
}

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is not installed (Debian: desktop-file-utils, appstream)", qPrintable(name));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Width and height from a PNG's IHDR chunk; {0, 0} when it is not a PNG.
QSize pngSize(const QString &path)
{
    const QByteArray head = readAll(path).left(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    auto be32 = [&](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
            | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

const QList<int> IconSizes = {16, 24, 32, 48, 64, 128, 256, 512};

} // namespace

class TstPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFileValidates()
    {
        const QString validator = tool(u"desktop-file-validate"_s);
        QVERIFY(!validator.isEmpty());
        const QString desktop = SourceDir + u"/packaging/"_s + AppId + u".desktop"_s;
        const Result r = run(validator, {desktop});
        QVERIFY2(r.finished && r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(describe(r)));

        const QString text = QString::fromUtf8(readAll(desktop));
        QVERIFY(text.contains(u"\nExec=armlift %f\n"_s));
        QVERIFY(text.contains(u"\nIcon="_s + AppId + u'\n'));
        for (const QString &lang : {u"de"_s, u"ja"_s, u"zh_CN"_s})
            QVERIFY2(text.contains(u"\nComment["_s + lang + u"]="_s), qPrintable(lang));
    }

    void desktopFileValidatorRejectsBrokenFile()
    {
        // The check above is only worth something if the validator complains about a bad file.
        const QString validator = tool(u"desktop-file-validate"_s);
        QVERIFY(!validator.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"broken.desktop"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Desktop Entry]\nType=Application\nExec=armlift\nCategories=NotACategory\n");
        f.close();
        const Result r = run(validator, {f.fileName()});
        QVERIFY2(r.finished && r.code != 0, qPrintable(describe(r)));
    }

    void metainfoValidates()
    {
        const QString appstreamcli = tool(u"appstreamcli"_s);
        QVERIFY(!appstreamcli.isEmpty());
        const QString metainfo = QStringLiteral(ARMLIFT_METAINFO_FILE);
        const Result r = run(appstreamcli, {u"validate"_s, u"--no-net"_s, u"--explain"_s, metainfo});
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
    }

    void metainfoCarriesVersionScreenshotsAndReleaseNotes()
    {
        QFile f(QStringLiteral(ARMLIFT_METAINFO_FILE));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString id, launchable, releaseVersion, releaseDate;
        QStringList screenshots;
        int releaseItems = 0;
        bool inRelease = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"id" && id.isEmpty())
                    id = xml.readElementText();
                else if (name == u"launchable")
                    launchable = xml.readElementText();
                else if (name == u"image")
                    screenshots << xml.readElementText();
                else if (name == u"release") {
                    releaseVersion = xml.attributes().value(u"version").toString();
                    releaseDate = xml.attributes().value(u"date").toString();
                    inRelease = true;
                } else if (name == u"li" && inRelease) {
                    ++releaseItems;
                }
            } else if (xml.isEndElement() && xml.name() == u"release") {
                inRelease = false;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, AppId);
        QCOMPARE(launchable, AppId + u".desktop"_s);
        QCOMPARE(releaseVersion, Version);
        QVERIFY(releaseItems >= 3);
        QVERIFY(screenshots.size() >= 1);
        for (const QString &url : std::as_const(screenshots)) {
            QVERIFY2(url.startsWith(u"https://"_s) && url.endsWith(u".png"_s), qPrintable(url));
            // The screenshots ship in the repository; the URL points at the tagged copy.
            const QString relative = url.section(u"/v"_s + Version + u'/', 1);
            QVERIFY2(!relative.isEmpty(), qPrintable(url));
            const QString local = SourceDir + u'/' + relative;
            QVERIFY2(QFile::exists(local), qPrintable(local));
            QCOMPARE(pngSize(local), QSize(1280, 800));
        }

        // The release date is the CHANGELOG's date for this version.
        const QString changelog = QString::fromUtf8(readAll(SourceDir + u"/CHANGELOG.md"_s));
        const QRegularExpression heading(u"^## \\["_s + QRegularExpression::escape(Version)
                                             + u"\\] - (\\d{4}-\\d{2}-\\d{2})$"_s,
                                         QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = heading.match(changelog);
        QVERIFY2(m.hasMatch(), "CHANGELOG.md has no section for the project version");
        QCOMPARE(releaseDate, m.captured(1));
    }

    void iconsRenderedAtEverySize()
    {
        const QByteArray svg = readAll(SourceDir + u"/packaging/icons/"_s + AppId + u".svg"_s);
        QVERIFY(svg.contains("<svg") && svg.contains("viewBox=\"0 0 256 256\""));
        for (int size : IconSizes) {
            const QString png = BuildDir + u"/packaging/icons/%1x%1/"_s.arg(size) + AppId + u".png"_s;
            QCOMPARE(pngSize(png), QSize(size, size));
        }
    }

    void appDirFromInstall()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CMAKE"_s, QStringLiteral(ARMLIFT_CMAKE_COMMAND));
        // The recipe's first half: cmake --install into AppDir/usr, checks, armlift-scan --version.
        const Result recipe = run(u"bash"_s,
                                  {SourceDir + u"/packaging/appimage/build-appimage.sh"_s, u"--appdir-only"_s,
                                   BuildDir, out.path()},
                                  240000, env);
        QVERIFY2(recipe.finished && recipe.code == 0, qPrintable(describe(recipe)));
        const QString usr = out.filePath(u"AppDir/usr"_s);

        // FHS: binaries in bin, everything else under share; nothing stray at the top.
        QStringList files;
        QDirIterator it(usr, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(usr.size() + 1);
        QVERIFY(!files.isEmpty());
        for (const QString &file : std::as_const(files)) {
            QVERIFY2(file.startsWith(u"bin/"_s) || file.startsWith(u"share/"_s), qPrintable(file));
            if (file.startsWith(u"bin/"_s))
                QVERIFY2(file == u"bin/armlift" || file == u"bin/armlift-scan", qPrintable(file));
        }
        QVERIFY(files.contains(u"share/applications/"_s + AppId + u".desktop"_s));
        QVERIFY(files.contains(u"share/metainfo/"_s + AppId + u".metainfo.xml"_s));
        QVERIFY(files.contains(u"share/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s));
        for (int size : IconSizes)
            QVERIFY(files.contains(u"share/icons/hicolor/%1x%1/apps/"_s.arg(size) + AppId + u".png"_s));
        QVERIFY(files.contains(u"share/doc/armlift/CHANGELOG.md"_s));
        QVERIFY(files.contains(u"share/armlift/workshop/README.md"_s)
                || files.filter(u"share/armlift/workshop/"_s).size() > 3);

        // The installed metadata validates in place too (appstreamcli checks the icon and
        // desktop file next to it when given the installed tree).
        const Result installed = run(tool(u"desktop-file-validate"_s),
                                     {usr + u"/share/applications/"_s + AppId + u".desktop"_s});
        QVERIFY2(installed.finished && installed.code == 0, qPrintable(describe(installed)));

        // Both binaries run from the AppDir.
        const Result scanVersion = run(usr + u"/bin/armlift-scan"_s, {u"--version"_s});
        QVERIFY2(scanVersion.finished && scanVersion.code == 0, qPrintable(describe(scanVersion)));
        QCOMPARE(scanVersion.out.trimmed(), u"armlift-scan "_s + Version);
        const Result guiVersion = run(usr + u"/bin/armlift"_s, {u"--version"_s});
        QVERIFY2(guiVersion.finished && guiVersion.code == 0, qPrintable(describe(guiVersion)));
        QCOMPARE(guiVersion.out.trimmed(), u"armlift "_s + Version);

        // The installed CLI scans the installed workshop and finds the arm64 problems in it.
        const Result scan = run(usr + u"/bin/armlift-scan"_s,
                                {u"--format"_s, u"json"_s, usr + u"/share/armlift/workshop"_s});
        QVERIFY2(scan.finished && scan.code == 1, qPrintable(describe(scan)));
        QVERIFY2(scan.out.contains(u"\"rule\":\"ARM201\""_s) || scan.out.contains(u"\"rule\": \"ARM201\""_s),
                 qPrintable(scan.out.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TstPackaging)
#include "tst_packaging.moc"
