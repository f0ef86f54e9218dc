#include "FixPreviewDialog.h"

#include "DiffView.h"
#include "fix/TextDiff.h"

#include <QDialogButtonBox>
#include <QLabel>
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
    , m_diff(new DiffView(this))
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

    m_diff->setChanges(plan.changes);
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
    return m_diff->unifiedText();
}

} // namespace Armlift
