#include "planner/BuildPlannerPanel.h"

#include "AppSettings.h"
#include "dockerfile/Dockerfile.h"
#include "recipes/BuildRunner.h"
#include "rules/RuleContext.h"
#include "rules/planner/EmulationEstimate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::Buildx: return BuildPlannerPanel::tr("docker buildx (script)");
    case RecipeKind::Buildah: return BuildPlannerPanel::tr("buildah manifest (script, as in the talk)");
    case RecipeKind::Podman: return BuildPlannerPanel::tr("podman manifest (script)");
    case RecipeKind::GitHubActions: return BuildPlannerPanel::tr("GitHub Actions workflow");
    case RecipeKind::GitLabCi: return BuildPlannerPanel::tr("GitLab CI job");
    }
    return {};
}

QString imageKey(const QString &root)
{
    return u"planner/images/"_s + QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(root)));
}

} // namespace

BuildPlannerPanel::BuildPlannerPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new BuildRunner(this))
{
    setObjectName(u"buildPlannerPanel"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"recipeKind"_s);
    for (RecipeKind k : allRecipeKinds())
        m_kind->addItem(kindLabel(k), int(k));
    m_registry = new QLineEdit(this);
    m_registry->setObjectName(u"registry"_s);
    m_registry->setPlaceholderText(tr("registry.example.com (placeholder)"));
    m_image = new QLineEdit(this);
    m_image->setObjectName(u"image"_s);
    m_image->setPlaceholderText(tr("from the folder name"));
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"tag"_s);
    m_tag->setPlaceholderText(u"latest"_s);
    m_nativeRunners = new QCheckBox(tr("Native arm64 runners instead of QEMU"), this);
    m_nativeRunners->setObjectName(u"nativeRunners"_s);
    m_nativeRunners->setToolTip(tr("GitHub Actions: ubuntu-24.04-arm; GitLab.com: saas-linux-small-arm64."));

    const auto settings = AppSettings::open();
    m_registry->setText(settings->value(u"planner/registry"_s).toString());
    m_tag->setText(settings->value(u"planner/tag"_s).toString());
    m_nativeRunners->setChecked(settings->value(u"planner/nativeArmRunners"_s, true).toBool());
    RecipeKind stored = RecipeKind::Buildx;
    if (recipeKindFromName(settings->value(u"planner/kind"_s).toString(), &stored))
        m_kind->setCurrentIndex(m_kind->findData(int(stored)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Recipe:"), m_kind);
    form->addRow(tr("Re&gistry:"), m_registry);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(QString(), m_nativeRunners);

    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(u"placeholders"_s);
    m_placeholders->setWordWrap(true);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"estimate"_s);
    m_estimate->setWordWrap(true);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"recipePreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(u"copyRecipe"_s);
    m_save = new QPushButton(tr("&Save As…"), this);
    m_save->setObjectName(u"saveRecipe"_s);
    m_push = new QCheckBox(tr("&Push to the registry"), this);
    m_push->setObjectName(u"pushAfterBuild"_s);
    m_run = new QPushButton(tr("&Run build"), this);
    m_run->setObjectName(u"runBuild"_s);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(u"cancelBuild"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_push);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(u"buildStatus"_s);
    m_status->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"buildLog"_s);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_estimate);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BuildPlannerPanel::regenerate);
    for (QLineEdit *edit : {m_registry, m_image, m_tag})
        connect(edit, &QLineEdit::textChanged, this, &BuildPlannerPanel::regenerate);
    connect(m_nativeRunners, &QCheckBox::toggled, this, &BuildPlannerPanel::regenerate);
    connect(m_copy, &QPushButton::clicked, this, &BuildPlannerPanel::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &BuildPlannerPanel::saveWithDialog);
    connect(m_run, &QPushButton::clicked, this, [this] { runBuild(m_push->isChecked()); });
    connect(m_cancel, &QPushButton::clicked, this, &BuildPlannerPanel::cancelBuild);
    connect(m_runner, &BuildRunner::output, this, [this](const QString &text) {
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_log->moveCursor(QTextCursor::End);
        m_log->insertPlainText(text);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    connect(m_runner, &BuildRunner::stepStarted, this, [this](int step, int total, const QString &) {
        m_status->setText(tr("Step %1 of %2…").arg(step).arg(total));
    });
    connect(m_runner, &BuildRunner::finished, this, [this](bool success, const QString &log) {
        m_status->setText(success ? tr("Build finished.")
                                  : (m_runner->wasCancelled() ? tr("Build cancelled.") : tr("Build failed: see the log.")));
        updateButtons();
        Q_EMIT buildFinished(success, log);
    });
    regenerate();
}

BuildPlannerPanel::~BuildPlannerPanel() = default;

void BuildPlannerPanel::setRoot(const QString &root)
{
    m_root = root;
    {
        const QSignalBlocker block(m_image);
        m_image->setText(AppSettings::open()->value(imageKey(root)).toString());
    }
    regenerate();
}

RecipeKind BuildPlannerPanel::kind() const
{
    return RecipeKind(m_kind->currentData().toInt());
}

void BuildPlannerPanel::setKind(RecipeKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

RecipeOptions BuildPlannerPanel::options() const
{
    RecipeOptions o;
    o.registry = m_registry->text().trimmed();
    o.image = m_image->text().trimmed();
    o.tag = m_tag->text().trimmed();
    o.nativeArmRunners = m_nativeRunners->isChecked();
    o.toolOptions = m_toolOptions;
    o.buildOptions = m_buildOptions;
    return o;
}

void BuildPlannerPanel::setToolOptions(const QStringList &toolOptions, const QStringList &buildOptions)
{
    m_toolOptions = toolOptions;
    m_buildOptions = buildOptions;
    regenerate();
}

QString BuildPlannerPanel::previewText() const
{
    return m_preview->toPlainText();
}

QString BuildPlannerPanel::estimateText() const
{
    return m_estimate->text();
}

QString BuildPlannerPanel::buildLog() const
{
    return m_log->toPlainText();
}

void BuildPlannerPanel::storeSettings() const
{
    const auto settings = AppSettings::open();
    settings->setValue(u"planner/kind"_s, recipeKindName(kind()));
    settings->setValue(u"planner/registry"_s, m_registry->text().trimmed());
    settings->setValue(u"planner/tag"_s, m_tag->text().trimmed());
    settings->setValue(u"planner/nativeArmRunners"_s, m_nativeRunners->isChecked());
    if (!m_root.isEmpty())
        settings->setValue(imageKey(m_root), m_image->text().trimmed());
}

void BuildPlannerPanel::regenerate()
{
    m_nativeRunners->setVisible(kind() == RecipeKind::GitHubActions || kind() == RecipeKind::GitLabCi);
    if (m_root.isEmpty()) {
        m_recipe = BuildRecipe();
        m_recipe.kind = kind();
        m_recipe.error = tr("Open a folder to plan its multi-arch build.");
    } else {
        m_recipe = BuildRecipe::generate(kind(), m_root, options());
        storeSettings();
    }
    m_preview->setPlainText(m_recipe.isValid() ? m_recipe.text : m_recipe.error);
    m_placeholders->setText(m_recipe.placeholders.isEmpty()
                                ? QString()
                                : tr("Placeholders: %1").arg(m_recipe.placeholders.join(u"; "_s)));
    m_placeholders->setVisible(!m_recipe.placeholders.isEmpty());

    // How much of each Dockerfile's build would be emulated: the reason to cross-compile.
    QStringList estimates;
    const QFileInfo rootInfo(m_root);
    const QString dir = rootInfo.isFile() ? rootInfo.absolutePath() : m_root;
    for (const RecipeImage &img : std::as_const(m_recipe.images)) {
        QFile f(QDir(dir).filePath(img.dockerfile));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const Dockerfile df = Dockerfile::parse(img.dockerfile, QString::fromUtf8(f.readAll()));
        const QString text = EmulationEstimate::of(df, collectShellSources(df)).describe();
        if (!text.isEmpty())
            estimates << img.dockerfile + u": "_s + text;
    }
    m_estimate->setText(estimates.join(u'\n'));
    m_estimate->setVisible(!estimates.isEmpty());
    updateButtons();
    Q_EMIT recipeChanged();
}

bool BuildPlannerPanel::canRunBuild() const
{
    return m_recipe.isValid() && !m_recipe.steps.isEmpty() && BuildRunner::canRun(m_recipe.kind);
}

bool BuildPlannerPanel::isBuilding() const
{
    return m_runner->isRunning();
}

void BuildPlannerPanel::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_copy->setEnabled(m_recipe.isValid());
    m_save->setEnabled(m_recipe.isValid());
    m_run->setEnabled(!running && canRunBuild());
    m_cancel->setEnabled(running);
    m_push->setEnabled(!running && canRunBuild());
    m_kind->setEnabled(!running);
    if (!running && m_recipe.isValid() && m_recipe.steps.isEmpty())
        m_run->setToolTip(tr("A CI file runs in CI: commit it to the repository."));
    else if (!running && m_recipe.isValid() && !BuildRunner::canRun(m_recipe.kind))
        m_run->setToolTip(tr("%1 is not installed.").arg(recipeTool(m_recipe.kind)));
    else
        m_run->setToolTip(tr("Runs the commands above in the project folder."));
}

void BuildPlannerPanel::copyToClipboard()
{
    if (!m_recipe.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_recipe.text);
    m_status->setText(tr("Recipe copied to the clipboard."));
}

bool BuildPlannerPanel::saveTo(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_status->setText(message);
        return false;
    };
    if (!m_recipe.isValid())
        return fail(m_recipe.error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    const QByteArray bytes = m_recipe.text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!m_recipe.steps.isEmpty())
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                        | QFileDevice::ExeOther);
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BuildPlannerPanel::saveWithDialog()
{
    if (!m_recipe.isValid())
        return;
    const QFileInfo rootInfo(m_root);
    const QString dir = rootInfo.isFile() ? rootInfo.absolutePath() : m_root;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Recipe"), QDir(dir).filePath(m_recipe.fileName));
    if (!path.isEmpty())
        saveTo(path);
}

bool BuildPlannerPanel::runBuild(bool push)
{
    if (!canRunBuild() || m_runner->isRunning())
        return false;
    m_log->clear();
    const QFileInfo rootInfo(m_root);
    const QString dir = rootInfo.isFile() ? rootInfo.absolutePath() : m_root;
    const bool started = m_runner->start(m_recipe, dir, push);
    m_status->setText(started ? tr("Building…") : m_runner->log().trimmed());
    updateButtons();
    return started;
}

void BuildPlannerPanel::cancelBuild()
{
    m_runner->cancel();
}

} // namespace Armlift
