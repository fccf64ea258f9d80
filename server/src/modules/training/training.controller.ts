import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto';
import { PublicCached } from '../../common/public-cache';
import { UUID_PARAM } from '../../common/uuid-param';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import {
  CourseInputDto,
  CourseListResponseDto,
  CourseViewDto,
  SessionDetailResponseDto,
  SessionInputDto,
  SessionListQueryDto,
  SessionListResponseDto,
} from './training.dto';
import { TrainingService } from './training.service';

@ApiTags('training')
@Controller()
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get('sessions')
  @PublicCached()
  @ApiOperation({ summary: '近期培训班次（公开）', description: '按开班日期排序；地区含下级。' })
  @ApiOkResponse({ type: SessionListResponseDto })
  list(@Query() query: SessionListQueryDto): Promise<SessionListResponseDto> {
    return this.training.listPublic(query);
  }

  @Get('sessions/:id')
  @PublicCached()
  @ApiOperation({ summary: '培训班次详情（公开）' })
  @ApiOkResponse({ type: SessionDetailResponseDto })
  detail(@Param('id', UUID_PARAM) id: string): Promise<SessionDetailResponseDto> {
    return this.training.detail(id);
  }

  @Get('provider/courses')
  @ApiBearerAuth()
  @ApiOperation({ summary: '本机构的课程' })
  @ApiOkResponse({ type: CourseListResponseDto })
  listCourses(@CurrentUser() auth: AuthUser): Promise<CourseListResponseDto> {
    return this.training.listCourses(auth);
  }

  @Post('provider/courses')
  @ApiBearerAuth()
  @ApiOperation({ summary: '新建课程（已认证机构）' })
  @ApiCreatedResponse({ type: CourseViewDto })
  createCourse(@CurrentUser() auth: AuthUser, @Body() dto: CourseInputDto): Promise<CourseViewDto> {
    return this.training.createCourse(auth, dto);
  }

  @Put('provider/courses/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改本机构的课程' })
  @ApiOkResponse({ type: CourseViewDto })
  updateCourse(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: CourseInputDto,
  ): Promise<CourseViewDto> {
    return this.training.updateCourse(auth, id, dto);
  }

  @Get('provider/sessions')
  @ApiBearerAuth()
  @ApiOperation({ summary: '本机构的班次（全部状态）' })
  @ApiOkResponse({ type: SessionListResponseDto })
  listOwn(
    @CurrentUser() auth: AuthUser,
    @Query() query: PageQueryDto,
  ): Promise<SessionListResponseDto> {
    return this.training.listOwnSessions(auth, query.page, query.pageSize);
  }

  @Get('admin/sessions')
  @ApiBearerAuth()
  @ApiOperation({ summary: '辖区内的全部班次（含已结束、已取消），供出勤与结业审核' })
  @ApiOkResponse({ type: SessionListResponseDto })
  listRegion(
    @CurrentUser() auth: AuthUser,
    @Query() query: PageQueryDto,
  ): Promise<SessionListResponseDto> {
    return this.training.listRegionSessions(auth, query.page, query.pageSize);
  }

  @Post('provider/sessions')
  @ApiBearerAuth()
  @ApiOperation({ summary: '新建班次（含课表）' })
  @ApiCreatedResponse({ type: SessionDetailResponseDto })
  createSession(
    @CurrentUser() auth: AuthUser,
    @Body() dto: SessionInputDto,
  ): Promise<SessionDetailResponseDto> {
    return this.training.createSession(auth, dto);
  }

  @Put('provider/sessions/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改本机构的班次（课表整体替换）' })
  @ApiOkResponse({ type: SessionDetailResponseDto })
  updateSession(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
    @Body() dto: SessionInputDto,
  ): Promise<SessionDetailResponseDto> {
    return this.training.updateSession(auth, id, dto);
  }

  @Post('provider/sessions/:id/cancel')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '取消本机构的班次' })
  @ApiOkResponse({ type: SessionDetailResponseDto })
  cancelSession(
    @CurrentUser() auth: AuthUser,
    @Param('id', UUID_PARAM) id: string,
  ): Promise<SessionDetailResponseDto> {
    return this.training.cancelSession(auth, id);
  }
}
