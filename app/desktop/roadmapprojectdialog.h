// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAPPROJECTDIALOG_H
#define VIGIE_ROADMAPPROJECTDIALOG_H

#include "roadmap.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace vigie
{
  /**
   * \brief Edit form of one roadmap project. OK parses every field and asks the validator
   * (the panel: dependency cycles, budget caps); a refusal is shown in the form, naming the
   * project and the field, and the dialog stays open with the user's input.
   */
  class RoadmapProjectDialog : public QDialog
  {
      Q_OBJECT
    public:
      using Validator = std::function<bool( const roadmap::Project &project, QString *errorMessage )>;

      RoadmapProjectDialog( const roadmap::Project &project, const roadmap::Roadmap &roadmap, Validator validator, QWidget *parent = nullptr );

      //! The project as the form reads now; false with a message naming the field when a field is wrong.
      bool readProject( roadmap::Project *project, QString *errorMessage ) const;
      //! OK: reads, validates, accepts; false with the message shown in the form.
      bool tryAccept();
      roadmap::Project project() const { return mResult; }
      QString errorText() const;

      // the fields, for tests and scripted edits
      QLineEdit *titleEdit() const { return mTitle; }
      QDoubleSpinBox *capexEdit() const { return mCapex; }
      QListWidget *dependencyList() const { return mDependencies; }
      QLineEdit *fundingEdit() const { return mFunding; }
      QLineEdit *benefitsEdit() const { return mBenefits; }

    private:
      roadmap::Project mOriginal;
      roadmap::Project mResult;
      Validator mValidator;
      QLineEdit *mTitle = nullptr;
      QComboBox *mDomain = nullptr;
      QComboBox *mStatus = nullptr;
      QPlainTextEdit *mDescription = nullptr;
      QDoubleSpinBox *mCapex = nullptr;
      QDoubleSpinBox *mOpex = nullptr;
      QDateEdit *mStart = nullptr;
      QSpinBox *mDuration = nullptr;
      QLineEdit *mOwner = nullptr;
      QDoubleSpinBox *mImpact = nullptr;
      QDoubleSpinBox *mFeasibility = nullptr;
      QSpinBox *mVotes = nullptr;
      QListWidget *mDependencies = nullptr;
      QLineEdit *mFunding = nullptr;
      QLineEdit *mBenefits = nullptr;
      QLineEdit *mStakeholders = nullptr;
      QLineEdit *mAssets = nullptr;
      QLabel *mError = nullptr;
  };
} // namespace vigie

#endif
