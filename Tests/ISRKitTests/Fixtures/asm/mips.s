	.section	.mdebug.abi32,"",@progbits
	.nan	legacy
	.module	softfloat
	.text
	.file	"isr.c"
	.file	0 "/tmp/isrx" "isr.c" md5 0xba8bae4764e9d058adfb42c8b855496d
	.globl	timer                           # -- Begin function timer
	.p2align	2
	.type	timer,@function
	.set	nomicromips
	.set	nomips16
	.ent	timer
timer:                                  # @timer
$tmp0:
$func_begin0 = $tmp0
	.loc	0 41 0                          # isr.c:41:0
	.cfi_sections .debug_frame
	.cfi_startproc
	.frame	$sp,16,$ra
	.mask 	0x00000006,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.set	noat
# %bb.0:
	mfc0	$26, $13, 0
	ext	$26, $26, 10, 6
	mfc0	$27, $14, 0
	sw	$27, 4($sp)
	mfc0	$27, $12, 0
	sw	$27, 0($sp)
	ins	$27, $26, 10, 6
	ins	$27, $zero, 1, 4
	mtc0	$27, $12, 0
	addiu	$sp, $sp, -16
	.cfi_def_cfa_offset 16
	sw	$2, 12($sp)                     # 4-byte Folded Spill
	sw	$1, 8($sp)                      # 4-byte Folded Spill
	.cfi_offset 2, -4
	.cfi_offset 1, -8
$tmp1:
	.loc	0 42 8 prologue_end             # isr.c:42:8
	lui	$1, %hi(ticks)
	lw	$2, %lo(ticks)($1)
	addiu	$2, $2, 1
	sw	$2, %lo(ticks)($1)
	.loc	0 43 1                          # isr.c:43:1
	lw	$1, 8($sp)                      # 4-byte Folded Reload
	lw	$2, 12($sp)                     # 4-byte Folded Reload
	di
	ehb
	lw	$27, 4($sp)
	mtc0	$27, $14, 0
	lw	$27, 0($sp)
	mtc0	$27, $12, 0
	addiu	$sp, $sp, 16
	eret
$tmp2:
	.set	at
	.set	macro
	.set	reorder
	.end	timer
$func_end0:
	.size	timer, $func_end0-timer
	.cfi_endproc
                                        # -- End function
	.globl	sum_to                          # -- Begin function sum_to
	.p2align	2
	.type	sum_to,@function
	.set	nomicromips
	.set	nomips16
	.ent	sum_to
sum_to:                                 # @sum_to
$tmp3:
$func_begin1 = $tmp3
	.cfi_startproc
	.frame	$sp,0,$ra
	.mask 	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.set	noat
# %bb.0:
	#DEBUG_VALUE: sum_to:n <- $a0
	#DEBUG_VALUE: sum_to:s <- 0
	#DEBUG_VALUE: i <- 0
	.loc	0 48 3 prologue_end             # isr.c:48:3
	beqz	$4, $BB1_6
	nop
$tmp4:
# %bb.1:
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: sum_to:s <- 0
	#DEBUG_VALUE: sum_to:n <- $a0
	.loc	0 0 3 is_stmt 0                 # isr.c:0:3
	addiu	$3, $zero, 0
	lui	$5, %hi(ticks)
	j	$BB1_4
	addiu	$2, $zero, 0
$tmp5:
$BB1_2:                                 #   in Loop: Header=BB1_4 Depth=1
	#DEBUG_VALUE: i <- $v1
	#DEBUG_VALUE: sum_to:s <- $v0
	#DEBUG_VALUE: sum_to:n <- $a0
	.loc	0 52 12 is_stmt 1               # isr.c:52:12
	lw	$1, %lo(ticks)($5)
	.loc	0 52 9 is_stmt 0                # isr.c:52:9
	xor	$2, $1, $2
$tmp6:
	#DEBUG_VALUE: sum_to:s <- $v0
$BB1_3:                                 #   in Loop: Header=BB1_4 Depth=1
	#DEBUG_VALUE: i <- $v1
	#DEBUG_VALUE: sum_to:n <- $a0
	#DEBUG_VALUE: sum_to:s <- $v0
	.loc	0 48 32 is_stmt 1               # isr.c:48:32
	addiu	$3, $3, 1
$tmp7:
	#DEBUG_VALUE: i <- $v1
	.loc	0 48 3 is_stmt 0                # isr.c:48:3
	beq	$4, $3, $BB1_7
	nop
$tmp8:
$BB1_4:                                 # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: sum_to:n <- $a0
	#DEBUG_VALUE: sum_to:s <- $v0
	#DEBUG_VALUE: i <- $v1
	.loc	0 49 11 is_stmt 1               # isr.c:49:11
	andi	$1, $3, 1
	beqz	$1, $BB1_2
	nop
$tmp9:
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	#DEBUG_VALUE: i <- $v1
	#DEBUG_VALUE: sum_to:s <- $v0
	#DEBUG_VALUE: sum_to:n <- $a0
	#DEBUG_VALUE: sum_to:s <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 1, DW_OP_plus, DW_OP_stack_value] $v1, $v0
	.loc	0 50 7                          # isr.c:50:7
	j	$BB1_3
	addu	$2, $2, $3
$tmp10:
$BB1_6:
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: sum_to:s <- 0
	#DEBUG_VALUE: sum_to:n <- $a0
	.loc	0 0 7 is_stmt 0                 # isr.c:0:7
	addiu	$2, $zero, 0
$tmp11:
$BB1_7:
	#DEBUG_VALUE: sum_to:n <- $a0
	.loc	0 54 3 is_stmt 1                # isr.c:54:3
	jr	$ra
	nop
$tmp12:
	.set	at
	.set	macro
	.set	reorder
	.end	sum_to
$func_end1:
	.size	sum_to, $func_end1-sum_to
	.cfi_endproc
                                        # -- End function
	.globl	report                          # -- Begin function report
	.p2align	2
	.type	report,@function
	.set	nomicromips
	.set	nomips16
	.ent	report
report:                                 # @report
$tmp13:
$func_begin2 = $tmp13
	.loc	0 58 0                          # isr.c:58:0
	.cfi_startproc
	.frame	$sp,24,$ra
	.mask 	0x80000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.set	noat
# %bb.0:
	addiu	$sp, $sp, -24
	.cfi_def_cfa_offset 24
	sw	$ra, 20($sp)                    # 4-byte Folded Spill
	.cfi_offset 31, -4
$tmp14:
	.loc	0 59 16 prologue_end            # isr.c:59:16
	lui	$1, %hi(ticks)
	lw	$1, %lo(ticks)($1)
$tmp15:
	#DEBUG_VALUE: scale:v <- $at
	.file	1 "." "isr_inline.h" md5 0x3bc851a02cc0b4aa24beb00c7c44ea20
	.loc	1 4 12                          # ./isr_inline.h:4:12 @[ isr.c:59:10 ]
	sll	$2, $1, 1
	addu	$1, $2, $1
$tmp16:
	.loc	0 59 3                          # isr.c:59:3
	jal	notify
	addiu	$4, $1, 7
$tmp17:
	.loc	0 60 1                          # isr.c:60:1
	lw	$ra, 20($sp)                    # 4-byte Folded Reload
	jr	$ra
	addiu	$sp, $sp, 24
$tmp18:
	.set	at
	.set	macro
	.set	reorder
	.end	report
$func_end2:
	.size	report, $func_end2-report
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.4byte	0                               # 0x0
	.size	ticks, 4

	.section	.debug_loclists,"",@0x7000001e
	.4byte	$debug_list_header_end0-$debug_list_header_start0 # Length
$debug_list_header_start0:
	.2byte	5                               # Version
	.byte	4                               # Address size
	.byte	0                               # Segment selector size
	.4byte	2                               # Offset entry count
$loclists_table_base0:
	.4byte	$debug_loc0-$loclists_table_base0
	.4byte	$debug_loc1-$loclists_table_base0
$debug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $func_begin1-$func_begin0      #   starting offset
	.uleb128 $tmp5-$func_begin0             #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $tmp5-$func_begin0             #   starting offset
	.uleb128 $tmp9-$func_begin0             #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $tmp9-$func_begin0             #   starting offset
	.uleb128 $tmp10-$func_begin0            #   ending offset
	.byte	6                               # Loc expr size
	.byte	115                             # DW_OP_breg3
	.byte	0                               # 0
	.byte	114                             # DW_OP_breg2
	.byte	0                               # 0
	.byte	34                              # DW_OP_plus
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $tmp10-$func_begin0            #   starting offset
	.uleb128 $tmp11-$func_begin0            #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
$debug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $func_begin1-$func_begin0      #   starting offset
	.uleb128 $tmp5-$func_begin0             #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 $tmp5-$func_begin0             #   starting offset
	.uleb128 $tmp10-$func_begin0            #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	0                               # DW_LLE_end_of_list
$debug_list_header_end0:
	.section	.debug_abbrev,"",@0x7000001e
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	0                               # DW_CHILDREN_no
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	60                              # DW_AT_declaration
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@0x7000001e
$cu_begin0:
	.4byte	$debug_info_end0-$debug_info_start0 # Length of Unit
$debug_info_start0:
	.2byte	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	4                               # Address Size (in bytes)
	.4byte	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0xb0 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.2byte	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.4byte	$str_offsets_base0              # DW_AT_str_offsets_base
	.4byte	$line_table_start0              # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.4byte	$func_end2-$func_begin0         # DW_AT_high_pc
	.4byte	$addr_table_base0               # DW_AT_addr_base
	.4byte	$loclists_table_base0           # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.4byte	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0x5 DW_TAG_volatile_type
	.4byte	55                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x37:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x3b:0xb DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.4byte	$func_end0-$func_begin0         # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	109
                                        # DW_AT_call_all_calls
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	6                               # Abbrev [6] 0x46:0x33 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.4byte	$func_end1-$func_begin1         # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	109
                                        # DW_AT_call_all_calls
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.4byte	55                              # DW_AT_type
                                        # DW_AT_external
	.byte	7                               # Abbrev [7] 0x55:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.4byte	55                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x5f:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.4byte	55                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x68:0x10 DW_TAG_lexical_block
	.byte	2                               # DW_AT_low_pc
	.4byte	$tmp10-$func_begin1             # DW_AT_high_pc
	.byte	8                               # Abbrev [8] 0x6e:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
	.4byte	55                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x79:0x11 DW_TAG_subprogram
	.byte	5                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.4byte	55                              # DW_AT_type
                                        # DW_AT_inline
	.byte	11                              # Abbrev [11] 0x81:0x8 DW_TAG_formal_parameter
	.byte	6                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.4byte	55                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x8a:0x27 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.4byte	$func_end2-$func_begin2         # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	109
                                        # DW_AT_call_all_calls
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x95:0x15 DW_TAG_inlined_subroutine
	.4byte	121                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.4byte	$tmp16-$tmp15                   # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	59                              # DW_AT_call_line
	.byte	10                              # DW_AT_call_column
	.byte	14                              # Abbrev [14] 0xa2:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.4byte	129                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xaa:0x6 DW_TAG_call_site
	.4byte	177                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0xb1:0xa DW_TAG_subprogram
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0xb5:0x5 DW_TAG_formal_parameter
	.4byte	55                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
$debug_info_end0:
	.section	.debug_str_offsets,"",@0x7000001e
	.4byte	60                              # Length of String Offsets Set
	.2byte	5
	.2byte	0
$str_offsets_base0:
	.section	.debug_str,"MS",@0x7000001e,1
$info_string0:
	.asciz	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)" # string offset=0
$info_string1:
	.asciz	"isr.c"                         # string offset=110
$info_string2:
	.asciz	"/tmp/isrx"                     # string offset=116
$info_string3:
	.asciz	"ticks"                         # string offset=126
$info_string4:
	.asciz	"unsigned int"                  # string offset=132
$info_string5:
	.asciz	"scale"                         # string offset=145
$info_string6:
	.asciz	"v"                             # string offset=151
$info_string7:
	.asciz	"notify"                        # string offset=153
$info_string8:
	.asciz	"timer"                         # string offset=160
$info_string9:
	.asciz	"sum_to"                        # string offset=166
$info_string10:
	.asciz	"report"                        # string offset=173
$info_string11:
	.asciz	"n"                             # string offset=180
$info_string12:
	.asciz	"s"                             # string offset=182
$info_string13:
	.asciz	"i"                             # string offset=184
	.section	.debug_str_offsets,"",@0x7000001e
	.4byte	$info_string0
	.4byte	$info_string1
	.4byte	$info_string2
	.4byte	$info_string3
	.4byte	$info_string4
	.4byte	$info_string5
	.4byte	$info_string6
	.4byte	$info_string7
	.4byte	$info_string8
	.4byte	$info_string9
	.4byte	$info_string10
	.4byte	$info_string11
	.4byte	$info_string12
	.4byte	$info_string13
	.section	.debug_addr,"",@0x7000001e
	.4byte	$debug_addr_end0-$debug_addr_start0 # Length of contribution
$debug_addr_start0:
	.2byte	5                               # DWARF version number
	.byte	4                               # Address size
	.byte	0                               # Segment selector size
$addr_table_base0:
	.4byte	ticks
	.4byte	$func_begin0
	.4byte	$func_begin1
	.4byte	$func_begin2
	.4byte	$tmp15
	.4byte	$tmp17
$debug_addr_end0:
	.ident	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym ticks
	.text
	.section	.debug_line,"",@0x7000001e
$line_table_start0:
