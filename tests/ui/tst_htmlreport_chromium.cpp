// The HTML report of the bundled workshop opens in a real browser: Debian's Chromium renders
// it headless (offline, from a file: URL) and the screenshot shows the report, including the
// red error bars of the inline SVG overview. Skipped where Chromium is not installed.
#include "report/ReportFile.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectScanner.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestHtmlReportChromium : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersInChromium();
};

void TestHtmlReportChromium::rendersInChromium()
{
    QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty())
        chromium = QStandardPaths::findExecutable(u"chromium-browser"_s);
    if (chromium.isEmpty())
        QSKIP("Chromium is not installed (Debian package 'chromium')");

    const ScanResult result = ProjectScanner().scan(QStringLiteral(ARMLIFT_SOURCE_DIR "/resources/workshop"));
    QVERIFY(!result.findings.isEmpty());
    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(u"report.html"_s);
    QVERIFY2(ReportFile::save(html, result, ReportContext::fromRegistry(RuleRegistry::bundled()), &error), qPrintable(error));

    const QString png = dir.filePath(u"shot.png"_s);
    QStringList args{u"--headless"_s, u"--disable-gpu"_s, u"--hide-scrollbars"_s, u"--window-size=1200,1400"_s,
                     u"--user-data-dir="_s + dir.filePath(u"profile"_s), u"--screenshot="_s + png,
                     QUrl::fromLocalFile(html).toString()};
    if (geteuid() == 0)
        args.prepend(u"--no-sandbox"_s); // Chromium refuses to run as root with its sandbox
    QProcess p;
    p.start(chromium, args);
    QVERIFY2(p.waitForFinished(120000), "chromium did not finish");
    QCOMPARE(p.exitCode(), 0);

    QImage shot(png);
    QVERIFY2(!shot.isNull(), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QCOMPARE(shot.size(), QSize(1200, 1400));
    int dark = 0, red = 0;
    for (int y = 0; y < shot.height(); y += 2) {
        for (int x = 0; x < shot.width(); x += 2) {
            const QColor c = shot.pixelColor(x, y);
            if (c.lightness() < 80)
                ++dark; // text
            if (c.red() > 180 && c.green() < 70 && c.blue() < 80)
                ++red;  // #cf222e: error bars and labels
        }
    }
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    QVERIFY2(red > 200, qPrintable(QString::number(red)));
}

QTEST_MAIN(TestHtmlReportChromium)
#include "tst_htmlreport_chromium.moc"
