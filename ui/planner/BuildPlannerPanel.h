#pragma once

#include "recipes/BuildRecipe.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Armlift {

class BuildRunner;

// "Build for arm64": picks a recipe kind (buildx, buildah, podman, GitHub Actions, GitLab CI),
// takes registry/image/tag (remembered in the settings), previews the complete recipe, copies
// or saves it, shows how much of each Dockerfile's build would be emulated, and runs the
// build when the tool is installed, streaming the log.
class BuildPlannerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPlannerPanel(QWidget *parent = nullptr);
    ~BuildPlannerPanel() override;

    // The project folder (or one Dockerfile); regenerates the recipe.
    void setRoot(const QString &root);
    const QString &root() const { return m_root; }

    RecipeKind kind() const;
    void setKind(RecipeKind kind);
    RecipeOptions options() const;
    // Global tool options and build options passed to every command (e.g. buildah --root DIR
    // --storage-driver vfs, --isolation chroot): for CI machines and sandboxes.
    void setToolOptions(const QStringList &toolOptions, const QStringList &buildOptions);

    const BuildRecipe &recipe() const { return m_recipe; }
    QString previewText() const;
    QString estimateText() const;
    QString buildLog() const;

    void copyToClipboard();
    // Writes the recipe atomically (QSaveFile), creating folders; false with a message.
    bool saveTo(const QString &path, QString *error = nullptr);
    // Starts the build with the recipe's tool; push false builds locally only.
    bool runBuild(bool push);
    void cancelBuild();
    bool isBuilding() const;
    bool canRunBuild() const;

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void recipeChanged();
    // The finished build's log, for the build-log doctor.
    void buildFinished(bool success, const QString &log);

private:
    void regenerate();
    void updateButtons();
    void saveWithDialog();
    void storeSettings() const;

    QString m_root;
    BuildRecipe m_recipe;
    QStringList m_toolOptions;
    QStringList m_buildOptions;
    BuildRunner *m_runner = nullptr;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_registry = nullptr;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_tag = nullptr;
    QCheckBox *m_nativeRunners = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_estimate = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_push = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace Armlift
