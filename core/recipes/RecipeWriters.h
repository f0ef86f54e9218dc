#pragma once

#include "recipes/BuildRecipe.h"

namespace Armlift::Internal {

// What every writer gets: the images with their references and the project's folder name.
struct RecipeInput
{
    QString projectName;
    QString registry;
    QString tag;
    QList<RecipeImage> images;
    RecipeOptions options;
};

// Shell recipes (BuildRecipe.cpp): steps and the script text made from them.
void writeBuildx(const RecipeInput &in, BuildRecipe &out);
void writeBuildah(const RecipeInput &in, BuildRecipe &out);
void writePodman(const RecipeInput &in, BuildRecipe &out);
// CI files (CiRecipes.cpp).
void writeGitHubActions(const RecipeInput &in, BuildRecipe &out);
void writeGitLabCi(const RecipeInput &in, BuildRecipe &out);

// "# " before each line of a (translated, possibly multi-line) comment.
QString commentLines(const QString &text);
// The architecture and variant of "linux/arm64/v8".
QString platformArch(const QString &platform);
QString platformVariant(const QString &platform);

} // namespace Armlift::Internal
