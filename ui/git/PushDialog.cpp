#include "git/PushDialog.h"

#include "git/GuiTransferObserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Armlift {

PushDialog::PushDialog(const QString &repository, const QString &branch, const Git::RemoteOptions &options,
                       QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_branchName(branch)
    , m_options(options)
    , m_remote(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_observer(new GuiTransferObserver(this, this))
{
    setWindowTitle(tr("Push"));
    m_remote->addItems(Git::Pusher::remoteNames(repository));
    m_remote->setAccessibleName(tr("Remote"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    // Rich text only for the result's link; every other text is escaped before it is shown.
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);

    auto *branchLabel = new QLabel(branch, this);
    branchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Branch:"), branchLabel);
    form->addRow(tr("&Remote:"), m_remote);

    m_pushButton = m_buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    m_pushButton->setDefault(true);
    connect(m_pushButton, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    if (m_remote->count() == 0) {
        m_status->setText(tr("This repository has no remote to push to. Add one with "
                             "<code>git remote add origin URL</code>."));
        m_pushButton->setEnabled(false);
    } else {
        m_status->setText(tr("Push %1 to the remote's branch of the same name.").arg(branch.toHtmlEscaped()));
    }
    connect(m_observer, &GuiTransferObserver::progressChanged, this, [this](const QString &text, int percent) {
        if (!m_observer->isCancelled()) {
            m_status->setText(text.toHtmlEscaped());
            m_progress->setValue(percent);
        }
    });
    connect(&m_watcher, &QFutureWatcher<Git::Status>::finished, this, &PushDialog::pushFinished);
    resize(520, sizeHint().height());
}

PushDialog::~PushDialog()
{
    // The worker reaches the observer only through queued calls: stop it and wait.
    m_observer->cancel();
    m_watcher.waitForFinished();
}

QStringList PushDialog::remotes() const
{
    QStringList names;
    for (int i = 0; i < m_remote->count(); ++i)
        names.append(m_remote->itemText(i));
    return names;
}

QString PushDialog::remote() const
{
    return m_remote->currentText();
}

void PushDialog::setRemote(const QString &name)
{
    const int index = m_remote->findText(name);
    if (index >= 0)
        m_remote->setCurrentIndex(index);
}

QString PushDialog::statusText() const
{
    // The label's text as a reader sees it, without the markup.
    return QTextDocumentFragment::fromHtml(m_status->text()).toPlainText();
}

int PushDialog::progressValue() const
{
    return m_progress->value();
}

QStringList PushDialog::trustedCertificates() const
{
    return m_options.trustedCertificates + m_observer->trustedCertificates();
}

void PushDialog::setRunning(bool running)
{
    m_remote->setEnabled(!running);
    m_pushButton->setEnabled(!running && m_remote->count() > 0);
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void PushDialog::startPush()
{
    if (m_running || remote().isEmpty())
        return;
    m_observer->reset();
    m_result = {};
    m_progress->setValue(0);
    m_status->setText(tr("Connecting to %1…").arg(remote().toHtmlEscaped()));
    m_running = true;
    setRunning(true);
    const Git::RemoteOptions options = m_options;
    Git::TransferObserver *observer = m_observer;
    const QString repository = m_repository, branchName = m_branchName, remoteName = remote();
    Git::PushResult *result = &m_result; // written by the worker only; read after finished()
    m_watcher.setFuture(QtConcurrent::run([options, observer, repository, branchName, remoteName, result] {
        return Git::Pusher(options).push(repository, branchName, *observer, remoteName, result);
    }));
}

void PushDialog::cancelPush()
{
    if (!m_running)
        return;
    m_observer->cancel();
    m_status->setText(tr("Cancelling…"));
}

void PushDialog::reject()
{
    // Closing while pushing cancels first; the dialog closes once the push has stopped.
    if (m_running) {
        m_closeWhenDone = true;
        cancelPush();
        return;
    }
    QDialog::reject();
}

void PushDialog::pushFinished()
{
    m_lastStatus = m_watcher.result();
    m_running = false;
    setRunning(false);
    if (m_lastStatus.ok()) {
        m_progress->setValue(100);
        QString text = tr("Pushed %1 to %2 (%3).")
                           .arg(m_branchName.toHtmlEscaped(), remote().toHtmlEscaped(), m_result.remoteUrl.toHtmlEscaped());
        if (!m_result.pullRequestUrl.isEmpty()) {
            const QString url = m_result.pullRequestUrl.toHtmlEscaped();
            text += u"<br><br>"_s + tr("Open a pull/merge request: %1").arg(u"<a href=\"%1\">%1</a>"_s.arg(url));
        }
        m_status->setText(text);
        m_pushButton->setEnabled(false); // pushed; pushing the same commit again changes nothing
        Q_EMIT pushed(m_branchName, m_result.pullRequestUrl);
        Q_EMIT finished(true);
        return;
    }
    m_status->setText((m_lastStatus.kind == Git::FailureKind::Cancelled
                           ? tr("The push was cancelled.")
                           : tr("Could not push: %1").arg(m_lastStatus.message))
                          .toHtmlEscaped());
    Q_EMIT finished(false);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace Armlift
