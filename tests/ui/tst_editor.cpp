// DockerfileEditor on its own, offscreen: theme colours in the palette, highlighting, gutter,
// underlines and tooltips, one-step replacement, and the debounced re-lint.
#include "DiagnosticsPainter.h"
#include "DockerfileEditor.h"
#include "EditorGutter.h"
#include "EditorTheme.h"
#include "RelintScheduler.h"
#include "UiTestUtil.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace {

Finding syntheticFinding(int line, int column, int endColumn, bool fixable)
{
    Finding f;
    f.ruleId = u"ARM999"_s;
    f.severity = Severity::Error;
    f.file = u"Dockerfile"_s;
    f.range = {line, column, line, endColumn};
    f.message = u"Something breaks on arm64"_s;
    if (fixable)
        f.fixes.append(Fix{u"Do the right thing"_s, {TextEdit{u"Dockerfile"_s, f.range, u"ok"_s}}, {}});
    return f;
}

QPalette paletteWithBase(const QColor &base)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Base, base);
    return p;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themeColoursGoIntoPalette_data()
    {
        QTest::addColumn<QString>("themeName");
        const Repository &repo = EditorTheme::repository();
        QTest::newRow("light") << repo.defaultTheme(Repository::LightTheme).name();
        QTest::newRow("dark") << repo.defaultTheme(Repository::DarkTheme).name();
    }

    void themeColoursGoIntoPalette()
    {
        QFETCH(QString, themeName);
        DockerfileEditor editor;
        editor.setThemeName(themeName);
        const Theme &theme = editor.theme();
        QCOMPARE(theme.name(), themeName);
        const QPalette p = editor.palette();
        QCOMPARE(p.color(QPalette::Base), QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
        QCOMPARE(p.color(QPalette::Text), QColor::fromRgba(theme.textColor(Theme::Normal)));
        QCOMPARE(p.color(QPalette::Highlight), QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
        QCOMPARE(p.color(QPalette::HighlightedText), QColor::fromRgba(theme.textColor(Theme::Normal)));
        // Readable: text and background differ clearly in lightness.
        QVERIFY(qAbs(p.color(QPalette::Base).lightness() - p.color(QPalette::Text).lightness()) > 100);
    }

    void followsSystemPalette()
    {
        const QPalette saved = QApplication::palette();
        const Repository &repo = EditorTheme::repository();
        QApplication::setPalette(paletteWithBase(QColor(0x20, 0x20, 0x20)));
        DockerfileEditor editor;
        QCOMPARE(editor.theme().name(), repo.defaultTheme(Repository::DarkTheme).name());
        QApplication::setPalette(paletteWithBase(QColor(0xfa, 0xfa, 0xfa)));
        QTRY_COMPARE(editor.theme().name(), repo.defaultTheme(Repository::LightTheme).name());
        QApplication::setPalette(saved);
    }

    void highlightsDockerfileKeywords()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        DockerfileEditor editor;
        editor.setFile(dir.path(), u"Dockerfile"_s);
        QString error;
        QVERIFY2(editor.load(&error), qPrintable(error));
        QCOMPARE(editor.syntaxName(), u"Dockerfile"_s);
        const QColor keyword = QColor::fromRgba(editor.theme().textColor(Theme::Keyword));
        bool found = false;
        for (const QTextLayout::FormatRange &range : editor.document()->firstBlock().layout()->formats()) {
            if (range.start == 0 && range.format.foreground().color() == keyword)
                found = true;
        }
        QVERIFY2(found, "FROM is drawn in the theme's keyword colour");
    }

    void gutterShowsNumbersAndMarkers()
    {
        DockerfileEditor editor;
        editor.resize(600, 300);
        editor.show();
        editor.setPlainText(goDockerfile());
        QVERIFY(editor.gutter()->width() > 0);
        QCOMPARE(editor.viewport()->geometry().left() - editor.contentsRect().left(), editor.gutter()->preferredWidth());
        QCOMPARE(editor.gutter()->geometry().width(), editor.gutter()->preferredWidth());

        Finding warning = syntheticFinding(5, 5, 8, false);
        warning.severity = Severity::Warning;
        editor.setDiagnostics({syntheticFinding(3, 5, 9, true), warning});
        editor.goToLocation(1, 1);
        QCOMPARE(editor.gutter()->markerForLine(1), QString());
        QCOMPARE(editor.gutter()->markerForLine(3), u"error"_s);
        QCOMPARE(editor.gutter()->markerForLine(5), u"warning"_s);
        editor.goToLocation(3, 1);
        QCOMPARE(editor.gutter()->markerForLine(3), u"bulb"_s); // a fix is available on the cursor's line
        QCOMPARE(editor.fixableAtCursor().size(), 1);
        editor.goToLocation(5, 1);
        QCOMPARE(editor.gutter()->markerForLine(5), u"warning"_s); // no fix there
    }

    void diagnosticsAreWaveUnderlines()
    {
        DockerfileEditor editor;
        editor.setPlainText(goDockerfile());
        const Finding f = syntheticFinding(3, 5, 9, false); // "wget" on line 3
        editor.setDiagnostics({f});
        const int lineStart = editor.document()->findBlockByNumber(2).position();
        bool found = false;
        for (const QTextEdit::ExtraSelection &s : editor.extraSelections()) {
            if (s.format.underlineStyle() != QTextCharFormat::WaveUnderline)
                continue;
            found = true;
            QCOMPARE(s.cursor.selectionStart(), lineStart + 4);
            QCOMPARE(s.cursor.selectionEnd(), lineStart + 8);
            QCOMPARE(s.cursor.selectedText(), u"wget"_s);
            QCOMPARE(s.format.underlineColor(), EditorTheme::severityColor(editor.theme(), Severity::Error));
        }
        QVERIFY(found);

        // An insertion point (empty range) still underlines one character.
        editor.setDiagnostics({syntheticFinding(2, 1, 1, false)});
        const QList<QTextEdit::ExtraSelection> selections = editor.diagnosticSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.constFirst().cursor.selectedText(), u"W"_s);
    }

    void toolTipNamesMessageAndRule()
    {
        DockerfileEditor editor;
        editor.resize(800, 300);
        editor.show();
        editor.setPlainText(goDockerfile());
        editor.setDiagnostics({syntheticFinding(3, 5, 9, false)});
        QTextCursor inside(editor.document());
        inside.setPosition(editor.document()->findBlockByNumber(2).position() + 6);
        const QString tip = editor.toolTipAt(editor.cursorRect(inside).center());
        QCOMPARE(tip, u"error: Something breaks on arm64 [ARM999]"_s);
        QTextCursor outside(editor.document());
        outside.setPosition(1);
        QCOMPARE(editor.toolTipAt(editor.cursorRect(outside).center()), QString());
    }

    void underlineFollowsEdits()
    {
        DockerfileEditor editor;
        editor.setPlainText(goDockerfile());
        editor.setDiagnostics({syntheticFinding(3, 5, 9, false)});
        QTextCursor top(editor.document());
        top.insertText(u"# new first line\n"_s);
        QCOMPARE(editor.diagnosticSelections().constFirst().cursor.selectedText(), u"wget"_s);
        QCOMPARE(editor.diagnosticsOnLine(4).size(), 1);
        QVERIFY(!editor.diagnosticsCurrent());
    }

    void replaceTextIsOneUndoStep()
    {
        DockerfileEditor editor;
        const QString before = u"FROM a\nRUN x amd64 y\nCMD z\n"_s;
        const QString after = u"FROM a\nARG TARGETARCH\nRUN x ${TARGETARCH} y\nCMD z\n"_s;
        editor.setPlainText(before);
        editor.goToLocation(3, 2); // in "CMD", after the change
        editor.replaceText(after);
        QCOMPARE(editor.toPlainText(), after);
        QCOMPARE(editor.textCursor().block().text(), u"CMD z"_s); // the cursor stays on its line
        QCOMPARE(editor.textCursor().positionInBlock(), 1);
        editor.undo(); // one step undoes the whole replacement
        QCOMPARE(editor.toPlainText(), before);
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void relintIsDebounced()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), u"FROM ubuntu:22.04\n"_s));
        DockerfileEditor editor;
        editor.setFile(dir.path(), u"Dockerfile"_s);
        QString error;
        QVERIFY(editor.load(&error));
        editor.relint()->setDelay(300);
        QSignalSpy started(editor.relint(), &RelintScheduler::started);
        QSignalSpy finished(editor.relint(), &RelintScheduler::finished);
        editor.moveCursor(QTextCursor::End);
        // Typing faster than the delay starts one lint, after the pause.
        const QString typed = u"RUN go test -tags amd64 ./...\n"_s;
        for (const QChar c : typed) {
            editor.insertPlainText(QString(c));
            QTest::qWait(10);
        }
        QVERIFY(editor.relint()->isPending());
        QCOMPARE(started.size(), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QVERIFY(editor.diagnosticsCurrent());
        const Finding *tags = findRule(editor.diagnostics(), u"ARM401"_s);
        QVERIFY2(tags, "the typed `-tags amd64` is found while typing");
        QCOMPARE(tags->range.line, 2);
    }

    void relintResultDroppedWhenTextChanged()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), u"FROM ubuntu:22.04\n"_s));
        DockerfileEditor editor;
        editor.setFile(dir.path(), u"Dockerfile"_s);
        QString error;
        QVERIFY(editor.load(&error));
        editor.relint()->setDelay(50);
        QSignalSpy finished(editor.relint(), &RelintScheduler::finished);
        bool typedDuringLint = false;
        // While the first lint runs, the user types more: its result must not be applied.
        connect(editor.relint(), &RelintScheduler::started, this, [&] {
            if (typedDuringLint)
                return;
            typedDuringLint = true;
            editor.moveCursor(QTextCursor::End);
            editor.insertPlainText(u"RUN go build -tags amd64 .\n"_s);
        });
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u"WORKDIR /src\n"_s);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toBool(), false); // dropped: the text changed meanwhile
        QVERIFY(!editor.diagnosticsCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 30000);
        QCOMPARE(finished.last().at(1).toBool(), true); // the newer text is linted and applied
        QVERIFY(editor.diagnosticsCurrent());
        const Finding *tags = findRule(editor.diagnostics(), u"ARM401"_s);
        QVERIFY(tags);
        QCOMPARE(tags->range.line, 3);
    }

    void saveKeepsLineBreaks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Dockerfile"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM a\r\nRUN b\r\n");
        file.close();
        DockerfileEditor editor;
        editor.setFile(dir.path(), u"Dockerfile"_s);
        QString error;
        QVERIFY(editor.load(&error));
        QCOMPARE(editor.toPlainText(), u"FROM a\nRUN b\n"_s);
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u"CMD c\n"_s);
        QVERIFY2(editor.save(&error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("FROM a\r\nRUN b\r\nCMD c\r\n"));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
