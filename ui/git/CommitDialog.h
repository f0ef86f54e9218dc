#pragma once

#include "git/Author.h"
#include "git/GitError.h"
#include "git/WorkTreeStatus.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Armlift {

// Commit Fixes: the changed files (checked ones are committed) with the diff of the selected
// one against HEAD, the branch (default arm64-migration), the author (from git config, then
// Settings; editable) and a message prefilled with the rule IDs of the fixes applied.
class CommitDialog : public QDialog
{
    Q_OBJECT
public:
    CommitDialog(const QString &repositoryPath, const QStringList &fixedRuleIds,
                 const Git::AuthorFallback &authorFallback, QWidget *parent = nullptr);

    QStringList changedFiles() const;
    QStringList checkedFiles() const;
    void setFileChecked(const QString &path, bool checked);
    void selectFile(const QString &path);
    QString diffText() const;
    QString message() const;
    void setMessage(const QString &message);
    QString branch() const;
    void setBranch(const QString &branch);
    QString authorText() const;
    void setAuthorText(const QString &author);
    QString errorText() const;

    // Commits (also the OK button); returns false and shows why when it cannot.
    bool commit();
    const QString &commitId() const { return m_commitId; }

Q_SIGNALS:
    void committed(const QString &branch, const QString &commitId);

private:
    void showDiff();
    void updateButtons();

    QString m_repository;
    Git::WorkTreeStatus m_state;
    QListWidget *m_files;
    QPlainTextEdit *m_diff;
    QLineEdit *m_branch;
    QLineEdit *m_author;
    QPlainTextEdit *m_message;
    QLabel *m_error;
    QPushButton *m_commitButton;
    QString m_commitId;
};

} // namespace Armlift
