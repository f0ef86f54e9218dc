#include "buildlog/BuildLogPane.h"

#include "report/ReportWriter.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

enum Column { LocationColumn, RuleColumn, CauseColumn };
constexpr int FindingRole = Qt::UserRole + 1; // index into the diagnosis' findings

} // namespace

BuildLogPane::BuildLogPane(QWidget *parent)
    : QDockWidget(tr("Build Log"), parent)
{
    setObjectName(u"buildLogDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_input = new QPlainTextEdit(content);
    m_input->setPlaceholderText(tr("Paste the output of a failed docker build, buildx, buildah or podman build here, "
                                   "or drop a log file."));
    m_input->setAccessibleName(tr("Build log"));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Files dropped from a file manager are read, not inserted as a file: URL.
    m_input->viewport()->installEventFilter(this);
    m_input->installEventFilter(this);
    setAcceptDrops(true);
    installEventFilter(this);

    m_openButton = new QPushButton(tr("Open Log…"), content);
    m_diagnoseButton = new QPushButton(tr("Diagnose"), content);
    m_diagnoseButton->setDefault(true);
    m_fixButton = new QPushButton(tr("Apply Fix"), content);
    m_fixButton->setToolTip(tr("Apply the first quick fix of the selected cause to the Dockerfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_diagnoseButton);

    m_causes = new QTreeWidget(content);
    m_causes->setHeaderLabels({tr("Location"), tr("Rule"), tr("Cause")});
    m_causes->setRootIsDecorated(false);
    m_causes->setWordWrap(true);
    m_causes->setUniformRowHeights(false);
    m_causes->setAccessibleName(tr("Causes of the failed build"));
    m_causes->header()->setSectionResizeMode(CauseColumn, QHeaderView::Stretch);
    m_causes->header()->setStretchLastSection(true);

    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_input);
    splitter->addWidget(m_causes);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_openButton, &QPushButton::clicked, this, &BuildLogPane::chooseLogFile);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &BuildLogPane::diagnose);
    connect(m_causes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_causes, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (column == LocationColumn) // the location is drawn as a link: one click follows it
            activate(item);
    });
    connect(m_causes, &QTreeWidget::currentItemChanged, this, &BuildLogPane::updateButtons);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_causes->currentItem();
        if (!item)
            return;
        const int index = item->data(LocationColumn, FindingRole).toInt();
        if (index >= 0 && index < m_diagnosis.findings.size() && !m_diagnosis.findings.at(index).fixes.isEmpty())
            Q_EMIT fixRequested(m_diagnosis.findings.at(index), 0);
    });
    updateButtons();
}

void BuildLogPane::setProjectRoot(const QString &root)
{
    m_root = root;
}

void BuildLogPane::setLogText(const QString &text)
{
    m_input->setPlainText(text);
    m_logName.clear();
}

QString BuildLogPane::logText() const
{
    return m_input->toPlainText();
}

QString BuildLogPane::statusText() const
{
    return m_status->text();
}

bool BuildLogPane::loadLogFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2. Check that the file exists and is readable.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_input->setPlainText(QString::fromUtf8(file.readAll()));
    m_logName = QFileInfo(path).fileName();
    diagnose();
    return true;
}

void BuildLogPane::chooseLogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Build Log"), m_root,
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadLogFile(path);
}

bool BuildLogPane::isProjectFile(const QString &file) const
{
    // A finding located in the log itself names the log: there is nothing to open.
    return m_diagnosis.dockerfiles.contains(file)
        || (!m_diagnosis.root.isEmpty() && QFileInfo(m_diagnosis.root + u'/' + file).isFile());
}

void BuildLogPane::diagnose()
{
    const QString name = m_logName.isEmpty() ? tr("pasted log") : m_logName;
    m_diagnosis = BuildLogDoctor().diagnose(m_input->toPlainText(), name, m_root, m_overrides);
    m_causes->clear();
    for (qsizetype i = 0; i < m_diagnosis.findings.size(); ++i) {
        const Finding &f = m_diagnosis.findings.at(i);
        auto *item = new QTreeWidgetItem(m_causes);
        const bool linked = isProjectFile(f.file);
        item->setText(LocationColumn, f.file + u':' + QString::number(f.range.line));
        item->setData(LocationColumn, FindingRole, int(i));
        if (linked) {
            QFont font = item->font(LocationColumn);
            font.setUnderline(true);
            item->setFont(LocationColumn, font);
            item->setForeground(LocationColumn, palette().color(QPalette::Link));
            item->setToolTip(LocationColumn, tr("Open %1 at line %2").arg(f.file).arg(f.range.line));
        } else {
            item->setToolTip(LocationColumn, tr("Line %1 of the build log; open the project that was built "
                                                "to see the Dockerfile line").arg(f.range.line));
        }
        item->setText(RuleColumn, f.ruleId);
        item->setToolTip(RuleColumn, ReportWriter::severityLabel(f.severity));
        QString cause = f.message;
        if (!f.help.isEmpty())
            cause += u'\n' + tr("Fix: %1").arg(f.help);
        item->setText(CauseColumn, cause);
        item->setToolTip(CauseColumn, cause);
    }
    if (m_diagnosis.recognised()) {
        m_status->setText(tr("%n cause(s) found. Activate a location to open the Dockerfile line.", nullptr,
                             int(m_diagnosis.findings.size())));
        m_causes->setCurrentItem(m_causes->topLevelItem(0));
    } else if (m_input->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Paste or drop a build log first."));
    } else {
        QString lines;
        for (const QString &l : std::as_const(m_diagnosis.lastErrorLines))
            lines += u"\n  "_s + l;
        m_status->setText(tr("No known arm64 failure in this log. Its last error lines:%1").arg(lines));
    }
    updateButtons();
}

void BuildLogPane::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(LocationColumn, FindingRole).toInt();
    if (index < 0 || index >= m_diagnosis.findings.size())
        return;
    const Finding &f = m_diagnosis.findings.at(index);
    if (isProjectFile(f.file))
        Q_EMIT openLocation(f.file, f.range.line);
}

void BuildLogPane::updateButtons()
{
    const QTreeWidgetItem *item = m_causes->currentItem();
    const int index = item ? item->data(LocationColumn, FindingRole).toInt() : -1;
    m_fixButton->setEnabled(index >= 0 && index < m_diagnosis.findings.size()
                            && !m_diagnosis.findings.at(index).fixes.isEmpty());
}

bool BuildLogPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
            loadLogFile(urls.first().toLocalFile());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Armlift
