#include "FixPreviewDialog.h"

#include "EditorTheme.h"
#include "fix/TextDiff.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

QString FixPreviewDialog::diffFor(const FixPlan &plan)
{
    QString out;
    for (const FileChange &change : plan.changes)
        out += unifiedDiff(change.path, change.before, change.after);
    return out;
}

FixPreviewDialog::FixPreviewDialog(const FixPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_diff(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Apply Fix: %1").arg(plan.title));
    auto *layout = new QVBoxLayout(this);

    QStringList files;
    for (const FileChange &change : plan.changes)
        files.append(change.path);
    auto *summary = new QLabel(tr("<b>%1</b><br>Changes %2. Review the change, then apply it; "
                                  "Edit > Undo reverts it.")
                                   .arg(plan.title.toHtmlEscaped(), files.join(u", "_s).toHtmlEscaped()),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!plan.note.isEmpty()) {
        auto *note = new QLabel(tr("Note: %1").arg(plan.note), this);
        note->setWordWrap(true);
        note->setAccessibleName(tr("Fix note"));
        layout->addWidget(note);
    }

    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Unified diff of the fix"));
    const KSyntaxHighlighting::Theme theme = EditorTheme::resolve({}, QGuiApplication::palette());
    QPalette pal = m_diff->palette();
    EditorTheme::applyToPalette(theme, pal);
    m_diff->setPalette(pal);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_diff->document());
    highlighter->setDefinition(EditorTheme::repository().definitionForName(u"Diff"_s));
    highlighter->setTheme(theme);
    m_diff->setPlainText(diffFor(plan));
    layout->addWidget(m_diff, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString FixPreviewDialog::diffText() const
{
    return m_diff->toPlainText();
}

} // namespace Armlift
