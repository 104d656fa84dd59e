# Fails when a user-visible string has no Chinese translation: updates copies of the .ts files from the current
# sources (as `update_translations` would) and counts the entries still unfinished.
#   cmake -DPROJECT_FILE=<lupdate project .cmake> -DGENERATOR=<GenerateLUpdateProject.cmake> -DLUPDATE=<lupdate>
#         -DTS_DIR=<translations> -DWORK_DIR=<scratch> -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_FILE} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "could not generate the lupdate project")
endif()
set(failed FALSE)
foreach(lang zh_CN en)
    configure_file("${TS_DIR}/daycaredesk_${lang}.ts" "${WORK_DIR}/daycaredesk_${lang}.ts" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
                            -ts "${WORK_DIR}/daycaredesk_${lang}.ts"
                    OUTPUT_QUIET RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "lupdate failed for ${lang}")
    endif()
    file(READ "${WORK_DIR}/daycaredesk_${lang}.ts" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${count} ${lang} entries are untranslated: run the update_translations target and "
                           "translate them in translations/daycaredesk_${lang}.ts")
        set(failed TRUE)
    else()
        message(STATUS "${lang}: every entry translated")
    endif()
endforeach()
