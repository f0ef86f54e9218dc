// The readiness chart of the summary: values from MigrationSummary, the numbers as tooltip and
// accessible description, and the bars painted in the theme's severity colours (offscreen grab).
#include "EditorTheme.h"
#include "MainWindow.h"
#include "ReadinessChart.h"
#include "UiTestUtil.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

Finding finding(const QString &rule, Severity severity, const QString &file, bool fixable)
{
    Finding f{rule, severity, file, {1, 1, 1, 2}, u"message"_s, {}, u"rules"_s, {}};
    if (fixable)
        f.fixes.append({u"fix"_s, {{file, {1, 1, 1, 2}, u"x"_s}}, {}});
    return f;
}

bool imageHasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

class TestReadinessChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void valuesFromTheSummary()
    {
        ScanResult scan;
        scan.files = {{u"go/Dockerfile"_s, u"dockerfile"_s}, {u"pg/Dockerfile"_s, u"dockerfile"_s},
                      {u"ok/Dockerfile"_s, u"dockerfile"_s}};
        scan.findings = {finding(u"ARM201"_s, Severity::Error, u"go/Dockerfile"_s, true),
                         finding(u"ARM401"_s, Severity::Error, u"go/Dockerfile"_s, true),
                         finding(u"ARM402"_s, Severity::Info, u"go/Dockerfile"_s, false),
                         finding(u"ARM502"_s, Severity::Warning, u"pg/Dockerfile"_s, false)};
        ReadinessChart chart;
        chart.setScan(scan);
        const QList<ReadinessChart::Bar> expected = {
            {u"Downloads"_s, 1, 0, 0}, {u"Go"_s, 1, 0, 1}, {u"Native code"_s, 0, 1, 0}};
        QCOMPARE(chart.bars(), expected);
        QCOMPARE(chart.total().fixable, 2);
        QCOMPARE(chart.total().manual, 1);
        QCOMPARE(chart.readyFiles(), 1);
        QCOMPARE(chart.accessibleName(), u"Readiness chart"_s);
        const QString text = chart.toolTip();
        QCOMPARE(chart.accessibleDescription(), text);
        QVERIFY2(text.contains(u"1 of 3 files ready for arm64"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Go: 1 errors, 0 warnings, 1 info"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Fixable: 2, manual: 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"pg/Dockerfile: Manual work"_s), qPrintable(text)); // most effort first

        // The bars are painted in the theme's severity colours.
        chart.resize(420, chart.sizeHint().height());
        const QImage image = chart.grab().toImage();
        const KSyntaxHighlighting::Theme theme = EditorTheme::resolve({}, chart.palette());
        QVERIFY(imageHasColour(image, EditorTheme::severityColor(theme, Severity::Error)));
        QVERIFY(imageHasColour(image, EditorTheme::severityColor(theme, Severity::Warning)));
        QVERIFY(imageHasColour(image, EditorTheme::severityColor(theme, Severity::Info)));
    }

    void emptyProjectIsReady()
    {
        ScanResult scan;
        scan.files = {{u"Dockerfile"_s, u"dockerfile"_s}};
        ReadinessChart chart;
        chart.setScan(scan);
        QVERIFY(chart.bars().isEmpty());
        QCOMPARE(chart.readyFiles(), 1);
        QVERIFY(chart.toolTip().contains(u"1 of 1 files ready for arm64"_s));
        chart.resize(300, chart.sizeHint().height());
        const QImage image = chart.grab().toImage();
        const KSyntaxHighlighting::Theme theme = EditorTheme::resolve({}, chart.palette());
        QVERIFY(!imageHasColour(image, EditorTheme::severityColor(theme, Severity::Error)));
    }

    void windowKeepsTheChartCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openPath(dir.path()));
        QVERIFY(finished.wait(60000));
        ReadinessChart *chart = window.readinessChart();
        QVERIFY(chart);
        int total = 0;
        for (const ReadinessChart::Bar &bar : chart->bars())
            total += bar.total();
        QCOMPARE(total, int(window.findings().size()));
        QVERIFY(total >= 2);
        QCOMPARE(chart->readyFiles(), 0);
    }
};

QTEST_MAIN(TestReadinessChart)
#include "tst_readinesschart.moc"
