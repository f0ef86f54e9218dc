#include "git/CloneDialog.h"

#include "git/Cloner.h"
#include "git/GuiTransferObserver.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Armlift {

CloneDialog::CloneDialog(const Git::RemoteOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_url(new QLineEdit(this))
    , m_destination(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_shallow(new QCheckBox(tr("&Shallow clone (latest commit only)"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_observer(new GuiTransferObserver(this, this))
{
    setWindowTitle(tr("Clone Repository"));
    m_url->setPlaceholderText(tr("https://github.com/org/repo.git, git@host:org/repo.git, or a path"));
    m_branch->setPlaceholderText(tr("default branch"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Clone Into"), QFileInfo(destination()).path());
        if (!dir.isEmpty())
            setDestination(QDir(dir).filePath(Git::Cloner::folderNameFor(m_url->text())));
    });
    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination);
    destRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Destination:"), destRow);
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(QString(), m_shallow);

    m_cloneButton = m_buttons->addButton(tr("&Clone"), QDialogButtonBox::AcceptRole);
    m_cloneButton->setDefault(true);
    connect(m_cloneButton, &QPushButton::clicked, this, &CloneDialog::startClone);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloneDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        if (m_destinationEdited)
            return;
        QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (base.isEmpty())
            base = QDir::homePath();
        m_destination->setText(QDir(base).filePath(Git::Cloner::folderNameFor(url.trimmed())));
    });
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(m_observer, &GuiTransferObserver::progressChanged, this, [this](const QString &text, int percent) {
        if (!m_observer->isCancelled()) {
            m_status->setText(text);
            m_progress->setValue(percent);
        }
    });
    connect(&m_watcher, &QFutureWatcher<Git::Status>::finished, this, &CloneDialog::cloneFinished);
    resize(560, sizeHint().height());
}

CloneDialog::~CloneDialog()
{
    // The worker only touches the observer through queued calls; make it stop and wait.
    m_observer->cancel();
    m_watcher.waitForFinished();
}

void CloneDialog::setUrl(const QString &url) { m_url->setText(url); }
void CloneDialog::setDestination(const QString &path)
{
    m_destinationEdited = true;
    m_destination->setText(path);
}
void CloneDialog::setBranch(const QString &branch) { m_branch->setText(branch); }
void CloneDialog::setShallow(bool shallow) { m_shallow->setChecked(shallow); }
QString CloneDialog::destination() const { return m_destination->text().trimmed(); }
bool CloneDialog::isCloning() const { return m_running; }
QString CloneDialog::statusText() const { return m_status->text(); }
int CloneDialog::progressValue() const { return m_progress->value(); }

QStringList CloneDialog::trustedCertificates() const
{
    return m_options.trustedCertificates + m_observer->trustedCertificates();
}

void CloneDialog::setRunning(bool running)
{
    m_url->setEnabled(!running);
    m_destination->setEnabled(!running);
    m_branch->setEnabled(!running);
    m_shallow->setEnabled(!running);
    m_cloneButton->setEnabled(!running);
    m_progress->setVisible(running);
}

void CloneDialog::startClone()
{
    if (isCloning())
        return;
    const Git::CloneRequest request{m_url->text().trimmed(), destination(), m_branch->text().trimmed(),
                                    m_shallow->isChecked()};
    m_observer->reset();
    m_progress->setValue(0);
    m_status->setText(tr("Connecting to %1…").arg(request.url));
    setRunning(true);
    m_running = true;
    const Git::RemoteOptions options = m_options;
    Git::TransferObserver *observer = m_observer;
    m_watcher.setFuture(QtConcurrent::run([request, options, observer] {
        Git::Cloner cloner(options);
        return cloner.clone(request, *observer);
    }));
}

void CloneDialog::cancelClone()
{
    if (!isCloning())
        return;
    m_observer->cancel();
    m_status->setText(tr("Cancelling…"));
}

void CloneDialog::reject()
{
    // Closing while cloning cancels first; the dialog closes once the clone has cleaned up.
    if (isCloning()) {
        m_closeWhenDone = true;
        cancelClone();
        return;
    }
    QDialog::reject();
}

void CloneDialog::cloneFinished()
{
    m_lastStatus = m_watcher.result();
    m_running = false;
    setRunning(false);
    if (m_lastStatus.ok()) {
        m_status->setText(tr("Cloned into %1.").arg(destination()));
        Q_EMIT finished(true);
        Q_EMIT cloned(destination());
        accept();
        return;
    }
    m_status->setText(m_lastStatus.kind == Git::FailureKind::Cancelled
                          ? tr("The clone was cancelled; nothing was left behind.")
                          : tr("Could not clone: %1").arg(m_lastStatus.message));
    Q_EMIT finished(false);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace Armlift
