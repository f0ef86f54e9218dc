#include "DiffView.h"

#include "AppSettings.h"
#include "EditorTheme.h"
#include "fix/TextDiff.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// A dark theme needs a stronger tint for the change to be visible; a light one a weaker one
// so black text keeps its contrast.
double tintAmount(const QPalette &palette)
{
    return EditorTheme::isDark(palette) ? 0.32 : 0.22;
}

QTextEdit::ExtraSelection lineSelection(QTextDocument *document, int row, const QColor &color)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document->findBlockByNumber(row));
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

} // namespace

QColor DiffView::removedBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xe0, 0x3c, 0x3c), tintAmount(palette));
}

QColor DiffView::addedBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0x2e, 0xa8, 0x4f), tintAmount(palette));
}

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_unified(createPane(tr("Unified diff")))
    , m_left(createPane(tr("Before the change")))
    , m_right(createPane(tr("After the change")))
{
    m_toggle->setText(tr("Side by Side"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the text before and after the change next to each other"));
    m_toggle->setAccessibleName(tr("Side by side diff"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        setMode(on ? Mode::SideBySide : Mode::Unified);
        AppSettings::setDiffSideBySide(on);
    });

    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_unified->document());
    highlighter->setDefinition(EditorTheme::repository().definitionForName(u"Diff"_s));
    highlighter->setTheme(EditorTheme::resolve({}, QGuiApplication::palette()));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_left);
    split->addWidget(m_right);
    split->setChildrenCollapsible(false);
    // Both sides scroll together, so a row on the left always faces its row on the right.
    for (auto [a, b] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(), &QScrollBar::setValue);
        connect(a->horizontalScrollBar(), &QScrollBar::valueChanged, b->horizontalScrollBar(), &QScrollBar::setValue);
    }
    m_stack->addWidget(m_unified);
    m_stack->addWidget(split);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    bar->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    const QSignalBlocker blocker(m_toggle);
    const bool sideBySide = AppSettings::diffSideBySide();
    m_toggle->setChecked(sideBySide);
    m_mode = sideBySide ? Mode::SideBySide : Mode::Unified;
    m_stack->setCurrentIndex(sideBySide ? 1 : 0);
}

QPlainTextEdit *DiffView::createPane(const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(accessibleName);
    QPalette pal = edit->palette();
    EditorTheme::applyToPalette(EditorTheme::resolve({}, QGuiApplication::palette()), pal);
    edit->setPalette(pal);
    return edit;
}

void DiffView::setChanges(const QList<FileChange> &changes)
{
    m_changes = changes;
    rebuild();
}

void DiffView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::SideBySide ? 1 : 0);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(mode == Mode::SideBySide);
    Q_EMIT modeChanged(mode);
}

QString DiffView::unifiedText() const
{
    return m_unified->toPlainText();
}

QString DiffView::leftText() const
{
    return m_left->toPlainText();
}

QString DiffView::rightText() const
{
    return m_right->toPlainText();
}

QString DiffView::skippedText(qsizetype lines)
{
    // Spelled out (not %n): without a loaded English translation %n plurals read "line(s)".
    return lines == 1 ? tr("\u22EF 1 unchanged line") : tr("\u22EF %1 unchanged lines").arg(lines);
}

QList<DiffView::Row> DiffView::sideBySideRows(const QList<FileChange> &changes, int context)
{
    QList<Row> out;
    for (const FileChange &change : changes) {
        out.append({Row::Header, change.path, change.path, 0, 0});
        const QList<DiffLine> lines = diffLines(change.before, change.after);
        QList<Row> all;
        for (qsizetype i = 0; i < lines.size();) {
            if (lines.at(i).kind == DiffLine::Same) {
                all.append({Row::Same, lines.at(i).text, lines.at(i).text, lines.at(i).oldLine, lines.at(i).newLine});
                ++i;
                continue;
            }
            // A change: removals first, then additions (TextDiff's order); pair them row by row.
            QList<DiffLine> removed;
            QList<DiffLine> added;
            while (i < lines.size() && lines.at(i).kind == DiffLine::Removed)
                removed.append(lines.at(i++));
            while (i < lines.size() && lines.at(i).kind == DiffLine::Added)
                added.append(lines.at(i++));
            for (qsizetype k = 0; k < qMax(removed.size(), added.size()); ++k) {
                Row row{Row::Changed, {}, {}, 0, 0};
                if (k < removed.size()) {
                    row.left = removed.at(k).text;
                    row.oldLine = removed.at(k).oldLine;
                }
                if (k < added.size()) {
                    row.right = added.at(k).text;
                    row.newLine = added.at(k).newLine;
                }
                all.append(row);
            }
        }
        // Keep the changes and `context` rows around each; a separator stands for the rest.
        QList<bool> keep(all.size(), false);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).kind != Row::Changed)
                continue;
            for (qsizetype k = qMax<qsizetype>(0, i - context); k <= qMin(all.size() - 1, i + context); ++k)
                keep[k] = true;
        }
        qsizetype skipped = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (keep.at(i)) {
                if (skipped) {
                    const QString text = skippedText(skipped);
                    out.append({Row::Separator, text, text, 0, 0});
                    skipped = 0;
                }
                out.append(all.at(i));
            } else {
                ++skipped;
            }
        }
        if (skipped) {
            const QString text = skippedText(skipped);
            out.append({Row::Separator, text, text, 0, 0});
        }
    }
    return out;
}

void DiffView::rebuild()
{
    QString unified;
    for (const FileChange &change : std::as_const(m_changes))
        unified += unifiedDiff(change.path, change.before, change.after);
    m_unified->setPlainText(unified);

    const QPalette pal = m_unified->palette();
    const QColor removed = removedBackground(pal);
    const QColor added = addedBackground(pal);
    const QColor neutral = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08);

    QList<QTextEdit::ExtraSelection> unifiedMarks;
    for (QTextBlock block = m_unified->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.startsWith(u"+++") || text.startsWith(u"---"))
            continue;
        if (text.startsWith(u'+'))
            unifiedMarks.append(lineSelection(m_unified->document(), block.blockNumber(), added));
        else if (text.startsWith(u'-'))
            unifiedMarks.append(lineSelection(m_unified->document(), block.blockNumber(), removed));
    }
    m_unified->setExtraSelections(unifiedMarks);

    const QList<Row> rows = sideBySideRows(m_changes);
    int maxLine = 1;
    for (const Row &row : rows)
        maxLine = qMax(maxLine, qMax(row.oldLine, row.newLine));
    const int width = int(QString::number(maxLine).size());
    auto numbered = [width](int line, const QString &text) {
        return (line ? QString::number(line).rightJustified(width) : QString(width, u' ')) + u"  " + text;
    };
    QStringList left;
    QStringList right;
    m_removedRows.clear();
    m_addedRows.clear();
    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    QList<int> neutralRows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        switch (row.kind) {
        case Row::Header:
        case Row::Separator:
            left.append(row.left);
            right.append(row.right);
            neutralRows.append(int(i));
            break;
        case Row::Same:
            left.append(numbered(row.oldLine, row.left));
            right.append(numbered(row.newLine, row.right));
            break;
        case Row::Changed:
            left.append(row.oldLine ? numbered(row.oldLine, row.left) : QString());
            right.append(row.newLine ? numbered(row.newLine, row.right) : QString());
            if (row.oldLine)
                m_removedRows.append(int(i));
            if (row.newLine)
                m_addedRows.append(int(i));
            break;
        }
    }
    m_left->setPlainText(left.join(u'\n'));
    m_right->setPlainText(right.join(u'\n'));
    for (int row : std::as_const(neutralRows)) {
        leftMarks.append(lineSelection(m_left->document(), row, neutral));
        rightMarks.append(lineSelection(m_right->document(), row, neutral));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).kind != Row::Changed)
            continue;
        // A filler row (the line exists only on the other side) is shaded neutrally.
        leftMarks.append(lineSelection(m_left->document(), int(i), rows.at(i).oldLine ? removed : neutral));
        rightMarks.append(lineSelection(m_right->document(), int(i), rows.at(i).newLine ? added : neutral));
    }
    m_left->setExtraSelections(leftMarks);
    m_right->setExtraSelections(rightMarks);
}

} // namespace Armlift
