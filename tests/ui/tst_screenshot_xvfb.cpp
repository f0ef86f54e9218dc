// The real `armlift --screenshot` under Xvfb (run by xvfb-run; the real xcb platform, not
// offscreen): the PNG is 1280x800, not blank, shows the theme's keyword colour (highlighted
// Dockerfile text) and the red error underline.
#include "EditorTheme.h"
#include "UiTestUtil.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace {

// Pixels whose colour is within `tolerance` per channel of `color` (anti-aliased glyph edges
// blend with the background, stems and underline waves keep the exact colour or close to it).
int countNear(const QImage &image, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (qAbs(qRed(p) - color.red()) <= tolerance && qAbs(qGreen(p) - color.green()) <= tolerance
                && qAbs(qBlue(p) - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run under xvfb-run");
        QVERIFY2(QFileInfo::exists(QStringLiteral(ARMLIFT_BIN_DIR "/armlift")), "build the armlift target first");
    }

    void versionWithoutDisplay()
    {
        QProcess armlift;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        armlift.setProcessEnvironment(env);
        armlift.start(QStringLiteral(ARMLIFT_BIN_DIR "/armlift"), {u"--version"_s});
        QVERIFY(armlift.waitForFinished(30000));
        QCOMPARE(armlift.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(armlift.readAllStandardOutput()).trimmed(), u"armlift " ARMLIFT_VERSION ""_s);
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("themeOption");
        QTest::addColumn<int>("defaultTheme");
        QTest::newRow("light") << u"light"_s << int(Repository::LightTheme);
        QTest::newRow("dark") << u"dark"_s << int(Repository::DarkTheme);
    }

    void screenshot()
    {
        QFETCH(QString, themeOption);
        QFETCH(int, defaultTheme);
        // A workshop-like folder: cases in subfolders, each with a README and a Dockerfile.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"case1-fine/README.md"_s), u"# Case 1: no change\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case1-fine/Dockerfile"_s), u"FROM python:3.12-slim\nCMD [\"python\"]\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case5-go/README.md"_s), u"# Case 5: Go amd64 tarball\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case5-go/Dockerfile"_s), goDockerfile()));
        const QString png = dir.filePath(u"shot.png"_s);

        QProcess armlift;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // the real X server
        env.insert(u"ARMLIFT_NO_USER_SETTINGS"_s, u"1"_s);
        armlift.setProcessEnvironment(env);
        armlift.start(QStringLiteral(ARMLIFT_BIN_DIR "/armlift"),
                      {u"--screenshot"_s, png, u"--theme"_s, themeOption, dir.path()});
        QVERIFY(armlift.waitForFinished(180000));
        const QString output = QString::fromUtf8(armlift.readAllStandardError());
        QVERIFY2(armlift.exitStatus() == QProcess::NormalExit && armlift.exitCode() == 0, qPrintable(output));

        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(output));
        QCOMPARE(image.size(), QSize(1280, 800));
        image = image.convertToFormat(QImage::Format_RGB32);

        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 200, qPrintable(u"only %1 distinct colours"_s.arg(colours.size())));

        const Theme theme = EditorTheme::repository().defaultTheme(Repository::DefaultTheme(defaultTheme));
        const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
        QVERIFY2(countNear(image, background, 0) > 20000, "the editor shows the theme's background");
        const QColor keyword = QColor::fromRgba(theme.textColor(Theme::Keyword));
        const int keywordPixels = countNear(image, keyword, 8);
        QVERIFY2(keywordPixels > 30, qPrintable(u"keyword colour %1: %2 pixels"_s.arg(keyword.name()).arg(keywordPixels)));

        const QColor underline = EditorTheme::severityColor(theme, Severity::Error);
        QVERIFY2(underline.red() > underline.green() + 60 && underline.red() > underline.blue() + 60,
                 qPrintable(underline.name()));
        const int underlinePixels = countNear(image, underline, 24);
        QVERIFY2(underlinePixels >= 20,
                 qPrintable(u"underline colour %1: %2 pixels"_s.arg(underline.name()).arg(underlinePixels)));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot_xvfb.moc"
