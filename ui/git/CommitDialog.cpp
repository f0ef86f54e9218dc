#include "git/CommitDialog.h"

#include "fix/TextDiff.h"
#include "git/Committer.h"
#include "git/MigrationBranch.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

QString changeLabel(Git::ChangedFile::Change change)
{
    switch (change) {
    case Git::ChangedFile::Change::Modified: return CommitDialog::tr("modified");
    case Git::ChangedFile::Change::Added: return CommitDialog::tr("added");
    case Git::ChangedFile::Change::Untracked: return CommitDialog::tr("new");
    case Git::ChangedFile::Change::Deleted: return CommitDialog::tr("deleted");
    case Git::ChangedFile::Change::Renamed: return CommitDialog::tr("renamed");
    case Git::ChangedFile::Change::TypeChanged: return CommitDialog::tr("type changed");
    }
    return {};
}

} // namespace

CommitDialog::CommitDialog(const QString &repositoryPath, const QStringList &fixedRuleIds,
                           const Git::AuthorFallback &authorFallback, QWidget *parent)
    : QDialog(parent)
    , m_repository(repositoryPath)
    , m_files(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_branch(new QLineEdit(Git::MigrationBranch::defaultName(), this))
    , m_author(new QLineEdit(this))
    , m_message(new QPlainTextEdit(Git::Committer::messageFor(fixedRuleIds), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Commit Fixes"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_author->setPlaceholderText(tr("Name <email>"));

    if (Git::Status s = Git::WorkTreeStatus::read(repositoryPath, &m_state); !s.ok())
        m_error->setText(s.message);
    for (const Git::ChangedFile &f : std::as_const(m_state.changes)) {
        auto *item = new QListWidgetItem(u"%1  (%2)"_s.arg(f.path, changeLabel(f.change)), m_files);
        item->setData(Qt::UserRole, f.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    Git::Author author;
    if (Git::resolveAuthor(repositoryPath, authorFallback, &author).ok())
        m_author->setText(author.toString());
    else
        m_error->setText(Git::Status::describe(Git::FailureKind::NoAuthor));

    auto *split = new QSplitter(this);
    split->addWidget(m_files);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 3);
    auto *form = new QFormLayout;
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Message:"), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commitButton = buttons->addButton(tr("&Commit"), QDialogButtonBox::AcceptRole);
    connect(m_commitButton, &QPushButton::clicked, this, [this] {
        if (commit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 3);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_files, &QListWidget::currentRowChanged, this, &CommitDialog::showDiff);
    connect(m_files, &QListWidget::itemChanged, this, &CommitDialog::updateButtons);
    connect(m_author, &QLineEdit::textChanged, this, &CommitDialog::updateButtons);
    connect(m_branch, &QLineEdit::textChanged, this, &CommitDialog::updateButtons);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    updateButtons();
    resize(900, 640);
}

QStringList CommitDialog::changedFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i)
        paths.append(m_files->item(i)->data(Qt::UserRole).toString());
    return paths;
}

QStringList CommitDialog::checkedFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i) {
        if (m_files->item(i)->checkState() == Qt::Checked)
            paths.append(m_files->item(i)->data(Qt::UserRole).toString());
    }
    return paths;
}

void CommitDialog::setFileChecked(const QString &path, bool checked)
{
    for (int i = 0; i < m_files->count(); ++i) {
        if (m_files->item(i)->data(Qt::UserRole).toString() == path)
            m_files->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void CommitDialog::selectFile(const QString &path)
{
    const int row = int(changedFiles().indexOf(path));
    if (row >= 0)
        m_files->setCurrentRow(row);
}

QString CommitDialog::diffText() const { return m_diff->toPlainText(); }
QString CommitDialog::message() const { return m_message->toPlainText(); }
void CommitDialog::setMessage(const QString &message) { m_message->setPlainText(message); }
QString CommitDialog::branch() const { return m_branch->text().trimmed(); }
void CommitDialog::setBranch(const QString &branch) { m_branch->setText(branch); }
QString CommitDialog::authorText() const { return m_author->text().trimmed(); }
void CommitDialog::setAuthorText(const QString &author) { m_author->setText(author); }
QString CommitDialog::errorText() const { return m_error->text(); }

void CommitDialog::showDiff()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_diff->clear();
        return;
    }
    const QString path = item->data(Qt::UserRole).toString();
    const QString before = QString::fromUtf8(Git::WorkTreeStatus::headContents(m_repository, path));
    QString after;
    QFile file(m_state.workTree + u'/' + path);
    if (file.open(QIODevice::ReadOnly))
        after = QString::fromUtf8(file.readAll());
    m_diff->setPlainText(unifiedDiff(path, before, after));
}

void CommitDialog::updateButtons()
{
    m_commitButton->setEnabled(!checkedFiles().isEmpty() && Git::Author::parse(authorText()).has_value()
                               && Git::MigrationBranch::isValidName(branch()));
}

bool CommitDialog::commit()
{
    const std::optional<Git::Author> author = Git::Author::parse(authorText());
    if (!author) {
        m_error->setText(Git::Status::describe(Git::FailureKind::NoAuthor));
        return false;
    }
    // All files checked: commit everything (deletions included) so the work tree ends clean.
    const QStringList paths = checkedFiles().size() == m_files->count() ? QStringList() : checkedFiles();
    const Git::Status status = Git::Committer::commit(m_repository, branch(), message(), *author, paths, &m_commitId);
    if (!status.ok()) {
        m_error->setText(status.message);
        return false;
    }
    Q_EMIT committed(branch(), m_commitId);
    return true;
}

} // namespace Armlift
