#include "online/OnlineActions.h"

#include "AppSettings.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "ScanController.h"
#include "credentials/CredentialStore.h"
#include "online/OnlineCheckThread.h"
#include "online/OnlinePreferences.h"
#include "online/OnlineSettingsPage.h"
#include "online/StoredRegistryCredentials.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

QString sourceLine(const OnlineReport &report)
{
    const auto state = [&](const QString &source) {
        return OnlineSourceStatus::stateName(report.sources.value(source).state);
    };
    // Spelled out, not %n: without a loaded English translation %n plurals read "request(s)".
    const QString requests = report.requests == 1 ? OnlineActions::tr("1 request")
                                                  : OnlineActions::tr("%1 requests").arg(report.requests);
    return OnlineActions::tr("registry %1, PyPI %2, go.dev %3; %4")
        .arg(state(u"registry"_s), state(u"pypi"_s), state(u"go.dev"_s), requests);
}

} // namespace

OnlineActions::OnlineActions(MainWindow *window, CredentialStore *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_thread(std::make_unique<OnlineCheckThread>())
    , m_check(new QAction(tr("Check &Online"), this))
    , m_settings(new QAction(tr("O&nline Check Settings…"), this))
    , m_progress(new QProgressBar(window))
    , m_cancelButton(new QToolButton(window))
{
    if (!m_store) {
        m_ownStore = std::make_unique<KeychainCredentialStore>(AppSettings::open()->fileName());
        m_store = m_ownStore.get();
    }
    m_check->setObjectName(u"checkOnline"_s);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_check->setShortcutContext(Qt::WindowShortcut);
    m_check->setToolTip(tr("Ask the registries, PyPI and go.dev about the project's base images and packages"));
    static_cast<QWidget *>(window)->addAction(m_check); // the shortcut works without opening the menu
    m_settings->setObjectName(u"onlineSettings"_s);

    m_progress->setRange(0, 0); // the checker reports no steps: a busy bar
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Online check progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel online check"));
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();

    connect(m_check, &QAction::triggered, this, &OnlineActions::checkOnline);
    connect(m_settings, &QAction::triggered, this, &OnlineActions::showSettings);
    connect(m_cancelButton, &QToolButton::clicked, this, &OnlineActions::cancel);
    connect(m_thread.get(), &OnlineCheckThread::finished, this, &OnlineActions::onFinished);
    connect(window->scanController(), &ScanController::started, this, [this] {
        m_stale = m_stale || m_checking; // the new scan's findings win over the check's
        updateAction();
    });
    connect(window, &MainWindow::scanFinished, this, [this] {
        updateAction();
        if (OnlinePreferences::checkAfterScan() && !m_window->lastScan().cancelled)
            checkOnline();
    });
    updateAction();
}

OnlineActions::~OnlineActions()
{
    m_thread.reset(); // joins the worker before the logins it may read are freed
}

void OnlineActions::addToMenu(QMenu *menu)
{
    if (!menu)
        return;
    menu->addAction(m_check);
    menu->addAction(m_settings);
}

void OnlineActions::updateAction()
{
    m_check->setEnabled(!m_window->root().isEmpty() && !m_window->isScanning() && !m_checking);
}

void OnlineActions::say(const QString &text)
{
    m_statusText = text;
    m_window->statusBar()->showMessage(text, 10000);
}

void OnlineActions::setChecking(bool checking)
{
    m_checking = checking;
    m_progress->setVisible(checking);
    m_cancelButton->setVisible(checking);
    updateAction();
}

void OnlineActions::checkOnline()
{
    if (m_checking || m_window->root().isEmpty() || m_window->isScanning())
        return;
    QHash<QString, QString> overrides;
    m_revisions.clear();
    for (DockerfileEditor *e : m_window->editorTabs()->editors()) {
        m_revisions.insert(e->relativePath(), e->revision());
        if (e->document()->isModified())
            overrides.insert(e->relativePath(), e->toPlainText());
    }
    // Read on the GUI thread, before the check: the checker answers from memory.
    QStringList loginErrors;
    m_logins.push_back(StoredRegistryCredentials::load(*m_store, &loginErrors));
    const OnlineSettings settings = OnlinePreferences::settings();
    m_stale = false;
    setChecking(true);
    say(loginErrors.isEmpty() ? (settings.offline ? tr("Checking with the cache only (the network is off in the settings)…")
                                                  : tr("Checking registries, PyPI and go.dev…"))
                              : loginErrors.join(u' '));
    m_thread->start(m_window->lastScan(), settings, m_logins.back().get(), overrides);
}

void OnlineActions::cancel()
{
    if (!m_checking)
        return;
    m_thread->cancel(); // its result will not arrive: OnlineCheckThread drops it
    setChecking(false);
    say(tr("Online check cancelled; the findings are unchanged."));
    Q_EMIT checkFinished(false);
}

void OnlineActions::onFinished(const OnlineReport &report)
{
    if (!m_checking)
        return;
    setChecking(false);
    m_report = report;
    if (report.cancelled) {
        say(tr("Online check cancelled; the findings are unchanged."));
        Q_EMIT checkFinished(false);
        return;
    }
    // An edit during the check: its positions and findings belong to text that is gone.
    for (DockerfileEditor *e : m_window->editorTabs()->editors())
        m_stale = m_stale || m_revisions.value(e->relativePath(), e->revision()) != e->revision();
    if (m_stale || m_window->isScanning()) {
        say(tr("The project changed during the online check, so its result was dropped. Press %1 to check again.")
                .arg(m_check->shortcut().toString(QKeySequence::NativeText)));
        Q_EMIT checkFinished(false);
        return;
    }
    m_window->applyCheckedScan(report.result);
    QString text = tr("Online check: %1").arg(sourceLine(report));
    if (!report.problems.isEmpty())
        text += u' ' + (report.problems.size() == 1
                            ? report.problems.constFirst().message
                            : tr("%1 (and %2 more questions without an answer)")
                                  .arg(report.problems.constFirst().message)
                                  .arg(report.problems.size() - 1));
    say(text);
    Q_EMIT checkFinished(true);
}

void OnlineActions::showSettings()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Online Check Settings"));
    auto *page = new OnlineSettingsPage(m_store, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, page] {
        if (page->save())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    dialog.resize(560, 560);
    dialog.exec();
}

} // namespace Armlift
