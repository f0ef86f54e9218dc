// The fix preview's diff: side-by-side rows aligned with fillers and separators, changed lines
// tinted so the theme's text stays readable (light and dark), the mode remembered in settings.
#include "AppSettings.h"
#include "DiffView.h"
#include "EditorTheme.h"
#include "FixPreviewDialog.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Armlift;

namespace {

// WCAG relative luminance contrast.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString numbered(int line, const QString &text)
{
    return QString::number(line) + u"  "_s + text;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void sideBySideRowsAlign()
    {
        QStringList before;
        for (int i = 1; i <= 20; ++i)
            before.append(u"line %1"_s.arg(i));
        QStringList after = before;
        after[9] = u"line 10 changed"_s;  // a replacement
        after.insert(15, u"inserted"_s);  // an addition after line 15
        const FileChange change{u"Dockerfile"_s, before.join(u'\n') + u'\n', after.join(u'\n') + u'\n'};
        const QList<DiffView::Row> rows = DiffView::sideBySideRows({change}, 2);
        QCOMPARE(rows.first().kind, DiffView::Row::Header);
        QCOMPARE(rows.first().left, u"Dockerfile"_s);
        QCOMPARE(rows.at(1).kind, DiffView::Row::Separator); // lines 1-7 hidden
        QCOMPARE(rows.at(1).left, u"\u22EF 7 unchanged lines"_s);
        int replaced = -1;
        int inserted = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).kind != DiffView::Row::Changed)
                continue;
            if (rows.at(i).oldLine == 10)
                replaced = i;
            if (rows.at(i).right == u"inserted")
                inserted = i;
        }
        QVERIFY(replaced > 0 && inserted > replaced);
        // The old and the new line face each other.
        QCOMPARE(rows.at(replaced).left, u"line 10"_s);
        QCOMPARE(rows.at(replaced).right, u"line 10 changed"_s);
        QCOMPARE(rows.at(replaced).newLine, 10);
        // An added line has a filler on the left.
        QCOMPARE(rows.at(inserted).oldLine, 0);
        QCOMPARE(rows.at(inserted).newLine, 16);
        QCOMPARE(rows.last().kind, DiffView::Row::Separator); // lines 18-20 hidden
    }

    void widgetShowsAndTintsChanges()
    {
        const FileChange change{u"Dockerfile"_s, u"FROM ubuntu\nRUN go test -tags amd64 ./...\nCMD [\"app\"]\n"_s,
                                u"FROM ubuntu\nRUN go test -tags purego ./...\nCMD [\"app\"]\n"_s};
        DiffView view;
        view.setChanges({change});
        view.setMode(DiffView::Mode::SideBySide);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList left = view.leftText().split(u'\n');
        const QStringList right = view.rightText().split(u'\n');
        QCOMPARE(left.size(), right.size());
        QCOMPARE(view.removedRows(), QList<int>{2});
        QCOMPARE(view.addedRows(), QList<int>{2});
        QCOMPARE(left.at(2), numbered(2, u"RUN go test -tags amd64 ./..."_s));
        QCOMPARE(right.at(2), numbered(2, u"RUN go test -tags purego ./..."_s));
        QVERIFY(view.unifiedText().contains(u"+RUN go test -tags purego ./..."_s));

        // The removed row is drawn on the removed colour, the unchanged one on the base.
        QPlainTextEdit *pane = view.leftEdit();
        const QRect changedRect = pane->cursorRect(QTextCursor(pane->document()->findBlockByNumber(2)));
        const QRect sameRect = pane->cursorRect(QTextCursor(pane->document()->findBlockByNumber(1)));
        const QImage image = pane->viewport()->grab().toImage();
        const int x = pane->viewport()->width() - 6; // past the text: background only
        const QColor changedPixel = image.pixelColor(x * image.devicePixelRatio(), int(changedRect.center().y() * image.devicePixelRatio()));
        const QColor samePixel = image.pixelColor(x * image.devicePixelRatio(), int(sameRect.center().y() * image.devicePixelRatio()));
        QCOMPARE(changedPixel.rgb(), DiffView::removedBackground(pane->palette()).rgb());
        QCOMPARE(samePixel.rgb(), pane->palette().color(QPalette::Base).rgb());
    }

    void tintsKeepTextReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void tintsKeepTextReadable()
    {
        QFETCH(bool, dark);
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x1b, 0x1e, 0x20) : QColor(Qt::white));
        EditorTheme::applyToPalette(EditorTheme::resolve({}, palette), palette);
        QCOMPARE(EditorTheme::isDark(palette), dark);
        const QColor text = palette.color(QPalette::Text);
        for (const QColor &background : {DiffView::removedBackground(palette), DiffView::addedBackground(palette)}) {
            QVERIFY(background != palette.color(QPalette::Base));
            QVERIFY2(contrast(text, background) >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(text.name(), background.name()).arg(contrast(text, background))));
        }
    }

    void modeIsRemembered()
    {
        AppSettings::setDiffSideBySide(false);
        {
            DiffView view;
            QCOMPARE(view.mode(), DiffView::Mode::Unified);
            view.sideBySideButton()->click(); // the user's toggle is what gets stored
            QCOMPARE(view.mode(), DiffView::Mode::SideBySide);
        }
        QVERIFY(AppSettings::diffSideBySide());
        FixPlan plan;
        plan.title = u"Use -tags purego"_s;
        plan.changes = {{u"Dockerfile"_s, u"a\n"_s, u"b\n"_s}};
        FixPreviewDialog dialog(plan);
        QCOMPARE(dialog.diffView()->mode(), DiffView::Mode::SideBySide);
        QCOMPARE(dialog.diffText(), u"--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1 +1 @@\n-a\n+b\n"_s);
        dialog.diffView()->sideBySideButton()->click();
        QVERIFY(!AppSettings::diffSideBySide());
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
