# The modules whose tr() strings the app shows (directly, or as error messages from the
# library, validator and catalog). app/toolkit/CMakeLists.txt feeds them to
# qt_add_translations; tests/translations checks that every .ts file covers them all.
set(OHT_TRANSLATED_MODULES
  core storage archive packformat packio quiz library catalog progress
  web catalogui progressui quizview reviewui ui)
