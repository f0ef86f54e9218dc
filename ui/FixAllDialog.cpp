#include "FixAllDialog.h"

#include "DiffView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

FixAllDialog::FixAllDialog(const QString &title, const FixAllResult &result, QWidget *parent)
    : QDialog(parent)
    , m_changes(result.changes)
    , m_files(new QListWidget(this))
    , m_diff(new DiffView(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    const int files = int(m_changes.size());
    const QString filesText = files == 1 ? tr("1 file") : tr("%1 files").arg(files);
    const QString editsText = result.applied == 1 ? tr("1 edit") : tr("%1 edits").arg(result.applied);
    QString text = tr("%1 in %2. Untick a file to leave it as it is. Open files change in their "
                      "editor (Edit > Undo reverts each); files that are not open are opened with "
                      "the change unsaved, or saved at once when there are many of them.")
                       .arg(editsText, filesText);
    if (result.remaining > 0)
        text += u' ' + (result.remaining == 1 ? tr("1 problem is left for you to fix by hand.")
                                              : tr("%1 problems are left for you to fix by hand.").arg(result.remaining));
    if (!result.converged)
        text += u' ' + tr("Some fixes kept changing the text; they were stopped after %1 rounds.").arg(result.rounds);
    auto *summary = new QLabel(text, this);
    summary->setWordWrap(true);
    summary->setAccessibleName(tr("Fix-all summary"));
    layout->addWidget(summary);
    if (!result.notes.isEmpty()) {
        auto *notes = new QLabel(tr("To complete by hand:\n%1").arg(result.notes.join(u'\n')), this);
        notes->setWordWrap(true);
        notes->setAccessibleName(tr("Fix notes"));
        layout->addWidget(notes);
    }

    m_files->setAccessibleName(tr("Files to change"));
    for (const FileChange &change : std::as_const(m_changes)) {
        auto *item = new QListWidgetItem(change.path, m_files);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(change.path);
    }
    connect(m_files, &QListWidget::currentRowChanged, this, &FixAllDialog::showFile);
    connect(m_files, &QListWidget::itemChanged, this, &FixAllDialog::updateApplyButton);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 700});
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);
    if (!m_changes.isEmpty())
        m_files->setCurrentRow(0);
    updateApplyButton();
}

QStringList FixAllDialog::files() const
{
    QStringList out;
    for (const FileChange &change : m_changes)
        out.append(change.path);
    return out;
}

void FixAllDialog::setFileChecked(const QString &path, bool checked)
{
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_changes.at(row).path == path)
            m_files->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<FileChange> FixAllDialog::selectedChanges() const
{
    QList<FileChange> out;
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->checkState() == Qt::Checked)
            out.append(m_changes.at(row));
    }
    return out;
}

void FixAllDialog::showFile(int row)
{
    if (row >= 0 && row < m_changes.size())
        m_diff->setChanges({m_changes.at(row)});
}

void FixAllDialog::updateApplyButton()
{
    m_apply->setEnabled(!selectedChanges().isEmpty());
}

} // namespace Armlift
